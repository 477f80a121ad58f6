-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "replyWithinDays" INTEGER NOT NULL DEFAULT 2;

-- AlterTable
ALTER TABLE "ContactRequest" ADD COLUMN     "answerRead" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "answerUnread" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "conversationKeyHash" TEXT,
ADD COLUMN     "conversationLookup" TEXT,
ADD COLUMN     "firstAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "lastActivityAt" TIMESTAMP(3),
ADD COLUMN     "waitingSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ConversationMessage" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL DEFAULT '',
    "keyId" TEXT NOT NULL,
    "bodyCipher" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationLookupDelay" (
    "bucket" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationLookupDelay_pkey" PRIMARY KEY ("bucket","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConversationMessage_requestId_seq_key" ON "ConversationMessage"("requestId", "seq");

-- CreateIndex
CREATE INDEX "ReplyTemplate_teamId_locale_idx" ON "ReplyTemplate"("teamId", "locale");

-- CreateIndex
CREATE INDEX "ContactRequest_conversationLookup_idx" ON "ContactRequest"("conversationLookup");

-- CreateIndex
CREATE INDEX "ContactRequest_reach_lastActivityAt_idx" ON "ContactRequest"("reach", "lastActivityAt");

