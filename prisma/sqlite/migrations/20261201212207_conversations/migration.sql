-- CreateTable
CREATE TABLE "ConversationMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL DEFAULT '',
    "keyId" TEXT NOT NULL,
    "bodyCipher" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConversationLookupDelay" (
    "bucket" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "notBefore" DATETIME NOT NULL,

    PRIMARY KEY ("bucket", "windowStart")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "replyWithinDays" INTEGER NOT NULL DEFAULT 2
);
INSERT INTO "new_Team" ("active", "email", "id", "name") SELECT "active", "email", "id", "name" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE TABLE "new_ContactRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "wave" TEXT NOT NULL DEFAULT '',
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
INSERT INTO "new_ContactRequest" ("assigneeId", "audience", "closedAt", "contactCipher", "id", "keyId", "mayIdentify", "messageCipher", "notified", "reach", "receivedAt", "reference", "status", "teamId", "topic", "updatedAt", "wave", "whenWish") SELECT "assigneeId", "audience", "closedAt", "contactCipher", "id", "keyId", "mayIdentify", "messageCipher", "notified", "reach", "receivedAt", "reference", "status", "teamId", "topic", "updatedAt", "wave", "whenWish" FROM "ContactRequest";
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

-- CreateIndex
CREATE UNIQUE INDEX "ConversationMessage_requestId_seq_key" ON "ConversationMessage"("requestId", "seq");

-- CreateIndex
CREATE INDEX "ReplyTemplate_teamId_locale_idx" ON "ReplyTemplate"("teamId", "locale");

