import { NotFoundPage } from '@/components/site/pages/not-found-page';

export default function NotFound() {
  return <NotFoundPage standalone />;
}
