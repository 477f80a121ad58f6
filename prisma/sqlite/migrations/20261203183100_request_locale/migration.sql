-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ContactRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "wave" TEXT NOT NULL DEFAULT '',
    "arm" TEXT NOT NULL DEFAULT '',
    "locale" TEXT NOT NULL DEFAULT '',
    "reach" TEXT NOT NULL,
    "whenWish" TEXT NOT NULL DEFAULT '',
    "mayIdentify" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'new',
    "teamId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "keyId" TEXT NOT NULL,
    "messageCipher" TEXT,
    "contactCipher" TEXT,
    "notified" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "conversationKeyHash" TEXT,
    "conversationLookup" TEXT,
    "lastActivityAt" DATETIME,
    "waitingSince" DATETIME,
    "firstAnsweredAt" DATETIME,
    "answerUnread" BOOLEAN NOT NULL DEFAULT false,
    "answerRead" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_ContactRequest" ("answerRead", "answerUnread", "arm", "assigneeId", "audience", "closedAt", "contactCipher", "conversationKeyHash", "conversationLookup", "firstAnsweredAt", "id", "keyId", "lastActivityAt", "mayIdentify", "messageCipher", "notified", "reach", "receivedAt", "reference", "status", "teamId", "topic", "updatedAt", "waitingSince", "wave", "whenWish") SELECT "answerRead", "answerUnread", "arm", "assigneeId", "audience", "closedAt", "contactCipher", "conversationKeyHash", "conversationLookup", "firstAnsweredAt", "id", "keyId", "lastActivityAt", "mayIdentify", "messageCipher", "notified", "reach", "receivedAt", "reference", "status", "teamId", "topic", "updatedAt", "waitingSince", "wave", "whenWish" FROM "ContactRequest";
DROP TABLE "ContactRequest";
ALTER TABLE "new_ContactRequest" RENAME TO "ContactRequest";
CREATE UNIQUE INDEX "ContactRequest_reference_key" ON "ContactRequest"("reference");
CREATE INDEX "ContactRequest_teamId_status_idx" ON "ContactRequest"("teamId", "status");
CREATE INDEX "ContactRequest_status_closedAt_idx" ON "ContactRequest"("status", "closedAt");
CREATE INDEX "ContactRequest_notified_idx" ON "ContactRequest"("notified");
CREATE INDEX "ContactRequest_conversationLookup_idx" ON "ContactRequest"("conversationLookup");
CREATE INDEX "ContactRequest_reach_lastActivityAt_idx" ON "ContactRequest"("reach", "lastActivityAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

