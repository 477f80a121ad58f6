-- AlterTable
ALTER TABLE "Helpline" ADD COLUMN     "languages" TEXT NOT NULL DEFAULT 'nl,en';

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "languages" TEXT NOT NULL DEFAULT 'nl,en';

