// Entry point: mounts the React app. Styles are plain CSS files, themed by CSS variables.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/episode.css';
import './styles/chapter-editor.css';
import './styles/forms.css';
import './styles/episode-media.css';
import './styles/overlays.css';
import './styles/notes.css';
import './styles/notes-io.css';
import './styles/release.css';

// Follow the system theme until settings arrive, so a dark desktop never flashes white.
document.documentElement.dataset.theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
