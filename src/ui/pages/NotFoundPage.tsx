import { useT } from '../../app/i18n';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';

export function NotFoundPage() {
  const t = useT();
  return (
    <div>
      <Heading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={{ page: 'start' }}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
