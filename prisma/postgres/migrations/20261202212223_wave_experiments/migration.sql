-- DropIndex
DROP INDEX "DailyCounter_dashboard_idx";

-- AlterTable
ALTER TABLE "Wave" ADD COLUMN     "baselinePercent" DOUBLE PRECISION,
ADD COLUMN     "markedSentAt" TIMESTAMP(3),
ADD COLUMN     "minDifferencePoints" DOUBLE PRECISION,
ADD COLUMN     "primaryMeasure" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "DailyCounter" DROP CONSTRAINT "DailyCounter_pkey",
ADD COLUMN     "arm" TEXT NOT NULL DEFAULT '',
ADD CONSTRAINT "DailyCounter_pkey" PRIMARY KEY ("day", "wave", "metric", "page", "locale", "device", "channel", "audience", "topic", "via", "arm");

-- AlterTable
ALTER TABLE "ContactRequest" ADD COLUMN     "arm" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "WaveArm" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "smsText" TEXT NOT NULL,
    "intros" TEXT NOT NULL DEFAULT '{}',
    "channelOrder" TEXT NOT NULL DEFAULT 'call-first',
    "sent" INTEGER,

    CONSTRAINT "WaveArm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WaveArm_code_key" ON "WaveArm"("code");

-- CreateIndex
CREATE INDEX "WaveArm_label_idx" ON "WaveArm"("label");

-- CreateIndex
CREATE UNIQUE INDEX "WaveArm_waveId_position_key" ON "WaveArm"("waveId", "position");

-- CreateIndex
CREATE INDEX "DailyCounter_dashboard_idx" ON "DailyCounter"("metric", "day", "wave", "via", "channel", "audience", "topic", "locale", "device", "arm", "count");


-- Waves that existed before experiments were sent already: their (empty) plan is locked.
UPDATE "Wave" SET "markedSentAt" = CURRENT_TIMESTAMP;
