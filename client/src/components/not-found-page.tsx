import { Button } from "@mantine/core";
import { Link } from "react-router";
import { EmptyState } from "./empty-state";

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      description="The page you followed doesn't exist or has moved."
      action={
        <Button component={Link} to="/plans" variant="light">
          Back to plans
        </Button>
      }
    />
  );
}
