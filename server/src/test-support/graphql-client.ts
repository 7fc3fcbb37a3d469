/** A minimal GraphQL-over-HTTP client for tests that keeps the session cookie like a browser would. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What tests read answers as by default: loose JSON whose shape they assert. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read as loose JSON; tests assert their shape
export type LooseJson = Record<string, any>;

export class GraphQLTestClient {
  cookie: string | undefined;

  constructor(private readonly url: string, cookie?: string) {
    this.cookie = cookie;
  }

  async request<T = LooseJson>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** The error code of the first error, for one-line assertions. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    return (await this.request(query, variables)).errors?.[0]?.extensions?.code;
  }

  async login(email: string, password: string): Promise<GraphQLResponse> {
    return this.request(`mutation($input: LoginInput!) { login(input: $input) { user { id email name } } }`, {
      input: { email, password },
    });
  }
}
