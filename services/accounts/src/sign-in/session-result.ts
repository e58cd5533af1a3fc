import type { User } from '../users/user.ts';

export interface SessionResult {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  user: User;
}
