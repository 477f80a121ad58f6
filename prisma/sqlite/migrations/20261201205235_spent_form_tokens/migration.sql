-- CreateTable
CREATE TABLE "SpentFormToken" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

