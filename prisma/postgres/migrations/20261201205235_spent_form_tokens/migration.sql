-- CreateTable
CREATE TABLE "SpentFormToken" (
    "hash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpentFormToken_pkey" PRIMARY KEY ("hash")
);

