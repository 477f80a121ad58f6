-- AlterTable
ALTER TABLE "StaffSession" ADD COLUMN "confirmedAt" DATETIME;

-- CreateTable
CREATE TABLE "StaffPasswordReset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "totpSecret" TEXT,
    "totpLastStep" INTEGER,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" DATETIME
);
INSERT INTO "new_StaffUser" ("active", "createdAt", "email", "id", "lastLoginAt", "name", "passwordHash", "roles", "totpSecret") SELECT "active", "createdAt", "email", "id", "lastLoginAt", "name", "passwordHash", "roles", "totpSecret" FROM "StaffUser";
DROP TABLE "StaffUser";
ALTER TABLE "new_StaffUser" RENAME TO "StaffUser";
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StaffPasswordReset_userId_idx" ON "StaffPasswordReset"("userId");

-- CreateIndex
CREATE INDEX "StaffPasswordReset_expiresAt_idx" ON "StaffPasswordReset"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");

