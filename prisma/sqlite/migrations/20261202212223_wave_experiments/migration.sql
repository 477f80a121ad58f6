-- CreateTable
CREATE TABLE "WaveArm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "waveId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "smsText" TEXT NOT NULL,
    "intros" TEXT NOT NULL DEFAULT '{}',
    "channelOrder" TEXT NOT NULL DEFAULT 'call-first',
    "sent" INTEGER
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Wave" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "sentOn" TEXT NOT NULL,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "smsText" TEXT NOT NULL DEFAULT '',
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "primaryMeasure" TEXT NOT NULL DEFAULT '',
    "baselinePercent" REAL,
    "minDifferencePoints" REAL,
    "markedSentAt" DATETIME
);
INSERT INTO "new_Wave" ("closed", "code", "id", "locale", "name", "recipients", "sentOn", "smsText") SELECT "closed", "code", "id", "locale", "name", "recipients", "sentOn", "smsText" FROM "Wave";
DROP TABLE "Wave";
ALTER TABLE "new_Wave" RENAME TO "Wave";
CREATE UNIQUE INDEX "Wave_code_key" ON "Wave"("code");
CREATE TABLE "new_DailyCounter" (
    "day" TEXT NOT NULL,
    "wave" TEXT NOT NULL DEFAULT '',
    "metric" TEXT NOT NULL,
    "page" TEXT NOT NULL DEFAULT '',
    "locale" TEXT NOT NULL DEFAULT '',
    "device" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL DEFAULT '',
    "audience" TEXT NOT NULL DEFAULT '',
    "topic" TEXT NOT NULL DEFAULT '',
    "via" TEXT NOT NULL DEFAULT '',
    "arm" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "wave", "metric", "page", "locale", "device", "channel", "audience", "topic", "via", "arm")
);
INSERT INTO "new_DailyCounter" ("audience", "channel", "count", "day", "device", "locale", "metric", "page", "topic", "via", "wave") SELECT "audience", "channel", "count", "day", "device", "locale", "metric", "page", "topic", "via", "wave" FROM "DailyCounter";
DROP TABLE "DailyCounter";
ALTER TABLE "new_DailyCounter" RENAME TO "DailyCounter";
CREATE INDEX "DailyCounter_wave_day_idx" ON "DailyCounter"("wave", "day");
CREATE INDEX "DailyCounter_metric_day_idx" ON "DailyCounter"("metric", "day");
CREATE INDEX "DailyCounter_dashboard_idx" ON "DailyCounter"("metric", "day", "wave", "via", "channel", "audience", "topic", "locale", "device", "arm", "count");
CREATE TABLE "new_ContactRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "wave" TEXT NOT NULL DEFAULT '',
    "arm" TEXT NOT NULL DEFAULT '',
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
INSERT INTO "new_ContactRequest" ("answerRead", "answerUnread", "assigneeId", "audience", "closedAt", "contactCipher", "conversationKeyHash", "conversationLookup", "firstAnsweredAt", "id", "keyId", "lastActivityAt", "mayIdentify", "messageCipher", "notified", "reach", "receivedAt", "reference", "status", "teamId", "topic", "updatedAt", "waitingSince", "wave", "whenWish") SELECT "answerRead", "answerUnread", "assigneeId", "audience", "closedAt", "contactCipher", "conversationKeyHash", "conversationLookup", "firstAnsweredAt", "id", "keyId", "lastActivityAt", "mayIdentify", "messageCipher", "notified", "reach", "receivedAt", "reference", "status", "teamId", "topic", "updatedAt", "waitingSince", "wave", "whenWish" FROM "ContactRequest";
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
CREATE UNIQUE INDEX "WaveArm_code_key" ON "WaveArm"("code");

-- CreateIndex
CREATE INDEX "WaveArm_label_idx" ON "WaveArm"("label");

-- CreateIndex
CREATE UNIQUE INDEX "WaveArm_waveId_position_key" ON "WaveArm"("waveId", "position");


-- Waves that existed before experiments were sent already: their (empty) plan is locked.
UPDATE "Wave" SET "markedSentAt" = CURRENT_TIMESTAMP;
