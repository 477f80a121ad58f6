-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "lastLoginAt" DATETIME;

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "audience" TEXT NOT NULL DEFAULT '',
    "topic" TEXT NOT NULL DEFAULT '',
    "teamId" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 100
);

-- CreateTable
CREATE TABLE "ContactRequest" (
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
    "closedAt" DATETIME
);

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "bodyCipher" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "bucket" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("bucket", "windowStart")
);

-- CreateTable
CREATE TABLE "UsedChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffTeam" (
    "userId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    PRIMARY KEY ("userId", "teamId")
);

-- CreateTable
CREATE TABLE "StaffLoginAttempt" (
    "key" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("key", "windowStart")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "RoutingRule_teamId_idx" ON "RoutingRule"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactRequest_reference_key" ON "ContactRequest"("reference");

-- CreateIndex
CREATE INDEX "ContactRequest_teamId_status_idx" ON "ContactRequest"("teamId", "status");

-- CreateIndex
CREATE INDEX "ContactRequest_status_closedAt_idx" ON "ContactRequest"("status", "closedAt");

-- CreateIndex
CREATE INDEX "ContactRequest_notified_idx" ON "ContactRequest"("notified");

-- CreateIndex
CREATE INDEX "RequestNote_requestId_idx" ON "RequestNote"("requestId");

-- CreateIndex
CREATE INDEX "StaffSession_userId_idx" ON "StaffSession"("userId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

