// A TCP pass-through between the app and PostgreSQL that a drill can close and reopen: "the database goes down".
import net from 'node:net';

export function createGate({ listenPort, targetPort, targetHost = '127.0.0.1' }) {
  const sockets = new Set();
  let server = null;
  const open = () =>
    new Promise((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(listenPort, '127.0.0.1', resolve);
    });
  const close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  return { open, close };
}
