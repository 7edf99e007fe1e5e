import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait for what a person would see; on a loaded two-core machine a screen can
// take longer than the library's default second to appear. A passing wait returns at once.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
