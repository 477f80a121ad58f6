import { logout } from '@/app/[locale]/(staff)/staff/actions';

/** A real form, so signing out works without JavaScript. */
export function LogoutButton({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={logout}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        className="min-h-11 rounded-md border-2 border-white bg-transparent px-3 font-semibold text-white"
      >
        {label}
      </button>
    </form>
  );
}
