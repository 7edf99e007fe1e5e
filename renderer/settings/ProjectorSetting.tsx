import { useEffect } from 'react';
import { useTrainer } from '../state/TrainerProvider';
import { applyProjector } from './projector';
import './projector.css';

/** Mounted once beside the routes: loads the settings at start-up and keeps <html> in the chosen projector size. */
export function ProjectorSetting() {
  const projector = useTrainer((state) => state.settings.projector);
  const status = useTrainer((state) => state.settings.status);
  const loadSettings = useTrainer((state) => state.loadSettings);

  useEffect(() => {
    if (status === 'idle') void loadSettings();
  }, [status, loadSettings]);

  useEffect(() => {
    applyProjector(projector);
  }, [projector]);

  return null;
}
