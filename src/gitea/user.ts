// The user the token belongs to (paths as in swagger.v1.json): what driftgate's own issues and
// comments are matched by, besides their hidden marker.
import type { GiteaHttp } from './http.js';
import type { User } from './types.js';

/** GET /user */
export async function getCurrentUser(http: GiteaHttp): Promise<User> {
  return (await http.request<User>('GET', '/user')).body;
}
