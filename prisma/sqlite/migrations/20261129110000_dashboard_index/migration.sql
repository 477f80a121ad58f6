-- CreateIndex
CREATE INDEX "DailyCounter_dashboard_idx" ON "DailyCounter"("metric", "day", "wave", "via", "channel", "audience", "topic", "locale", "device", "count");

