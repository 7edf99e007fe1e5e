import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="panel message-panel">
      <h1>Page not found</h1>
      <p>This address does not open a screen of the trainer.</p>
      <p>
        <Link className="button" to="/">
          Back to scenarios
        </Link>
      </p>
    </section>
  );
}
