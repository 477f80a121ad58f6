-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Helpline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "labelNl" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "audiences" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 100,
    "schedule" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "languages" TEXT NOT NULL DEFAULT 'nl,en'
);
INSERT INTO "new_Helpline" ("active", "address", "audiences", "id", "kind", "labelEn", "labelNl", "priority", "schedule", "topics") SELECT "active", "address", "audiences", "id", "kind", "labelEn", "labelNl", "priority", "schedule", "topics" FROM "Helpline";
DROP TABLE "Helpline";
ALTER TABLE "new_Helpline" RENAME TO "Helpline";
CREATE TABLE "new_Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "replyWithinDays" INTEGER NOT NULL DEFAULT 2,
    "languages" TEXT NOT NULL DEFAULT 'nl,en'
);
INSERT INTO "new_Team" ("active", "email", "id", "name", "replyWithinDays") SELECT "active", "email", "id", "name", "replyWithinDays" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

