-- AlterTable
ALTER TABLE "ContactRequest" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT '';

