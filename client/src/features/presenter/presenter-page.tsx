import { Alert, Badge, Button, Group, Loader, Text } from "@mantine/core";
import type { SlideDeck } from "@planbridge/slides";
import { IconArrowLeft, IconArrowRight, IconMaximize, IconNotes, IconX } from "@tabler/icons-react";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { usePlanConnection } from "../../collab/use-plan-connection";
import type { VersionRef } from "./export-api";
import { publishPresentation, usePresenters, type Presenter } from "./presentation-awareness";
import classes from "./presenter.module.css";
import { SlideView } from "./slide-view";
import { useDeck } from "./use-deck";
import { useSlideKeys } from "./use-slide-keys";

/** `/plans/:planId/present/:version`: present a version; everyone on the plan can follow along. */
export function PresenterPage() {
  const { planId = "", version = "approved" } = useParams();
  const ref: VersionRef = version === "approved" ? "approved" : Number(version);
  const connection = usePlanConnection(planId);
  const deck = useDeck(planId, ref);
  const [slide, setSlide] = useState(0);
  const provider = connection?.provider ?? null;
  const ready = deck.status === "ready" ? deck.deck : null;

  useEffect(() => {
    if (!provider || !ready) return;
    publishPresentation(provider, { version: ready.versionNumber, slide, slideCount: ready.slides.length });
  }, [provider, ready, slide]);
  useEffect(() => () => (provider ? publishPresentation(provider, null) : undefined), [provider]);

  const count = ready?.slides.length ?? 0;
  const go = useCallback((next: number) => setSlide(Math.max(0, Math.min(count - 1, next))), [count]);
  return (
    <Stage planId={planId} deckState={deck} slide={slide} onGo={go} isPresenter>
      <Badge color="red" variant="filled">
        Presenting
      </Badge>
    </Stage>
  );
}

/** `/plans/:planId/follow?presenter=<userId>`: shows what the presenter shows, slide by slide. */
export function FollowPage() {
  const { planId = "" } = useParams();
  const [search] = useSearchParams();
  const connection = usePlanConnection(planId);
  const presenters = usePresenters(connection?.provider ?? null);
  const wanted = search.get("presenter");
  const leader: Presenter | undefined = presenters.find((candidate) => candidate.userId === wanted) ?? presenters[0];
  const deck = useDeck(planId, leader ? leader.presentation.version : null);
  const noop = useCallback(() => undefined, []);
  if (!leader) {
    return (
      <Stage planId={planId} deckState={{ status: "waiting" }} slide={0} onGo={noop} isPresenter={false}>
        <Badge variant="light">Waiting for a presenter</Badge>
      </Stage>
    );
  }
  return (
    <Stage planId={planId} deckState={deck} slide={leader.presentation.slide} onGo={noop} isPresenter={false}>
      <Badge color="teal" variant="filled" data-testid="following-badge">
        Following {leader.name}
      </Badge>
    </Stage>
  );
}

type StageDeck = ReturnType<typeof useDeck> | { status: "waiting" };

interface StageProps {
  planId: string;
  deckState: StageDeck;
  slide: number;
  onGo(slide: number): void;
  isPresenter: boolean;
  children: ReactNode;
}

/** The full-window stage: the slide, the speaker notes beside it, and the controls underneath. */
function Stage({ planId, deckState, slide, onGo, isPresenter, children }: StageProps) {
  const navigate = useNavigate();
  const [showNotes, setShowNotes] = useState(isPresenter);
  const exit = useCallback(() => void navigate(`/plans/${planId}`), [navigate, planId]);
  const deck = deckState.status === "ready" ? deckState.deck : null;
  const index = deck ? Math.min(slide, deck.slides.length - 1) : 0;
  useSlideKeys({ enabled: isPresenter && deck !== null, index, onGo, onToggleNotes: () => setShowNotes((shown) => !shown), onExit: exit });
  return (
    <div className={classes.stage} data-testid="presenter-stage">
      <main className={classes.slideArea}>
        <StageContent deckState={deckState} deck={deck} index={index} onNext={isPresenter ? () => onGo(index + 1) : undefined} />
      </main>
      {showNotes && deck && <SpeakerNotes deck={deck} index={index} />}
      <footer className={classes.controls}>
        <Group gap="sm">{children}</Group>
        <Group gap="xs">
          {isPresenter && (
            <Button size="xs" variant="light" color="gray" aria-label="Previous slide" onClick={() => onGo(index - 1)} disabled={!deck || index === 0}>
              <IconArrowLeft size={16} />
            </Button>
          )}
          <Text className={classes.counter} data-testid="slide-counter">
            {deck ? `${index + 1} / ${deck.slides.length}` : "–"}
          </Text>
          {isPresenter && (
            <Button size="xs" variant="light" color="gray" aria-label="Next slide" onClick={() => onGo(index + 1)} disabled={!deck || index >= deck.slides.length - 1}>
              <IconArrowRight size={16} />
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="light" color="gray" leftSection={<IconNotes size={14} />} onClick={() => setShowNotes((shown) => !shown)} aria-pressed={showNotes}>
            Notes
          </Button>
          <Button size="xs" variant="light" color="gray" leftSection={<IconMaximize size={14} />} onClick={() => void document.documentElement.requestFullscreen?.()}>
            Full screen
          </Button>
          <Button size="xs" variant="light" color="gray" leftSection={<IconX size={14} />} onClick={exit}>
            Exit
          </Button>
        </Group>
      </footer>
    </div>
  );
}

function StageContent({ deckState, deck, index, onNext }: { deckState: StageDeck; deck: SlideDeck | null; index: number; onNext?: () => void }) {
  if (deckState.status === "failed") {
    return (
      <Alert color="red" title="This version can't be presented">
        {deckState.message}
      </Alert>
    );
  }
  if (deckState.status === "waiting") return <Text c="dimmed">Nobody is presenting this plan right now. This page follows as soon as someone starts.</Text>;
  if (!deck) return <Loader color="gray" />;
  return (
    <div onClick={onNext} style={{ display: "contents" }}>
      <SlideView deck={deck} slide={deck.slides[index]} index={index} />
    </div>
  );
}

function SpeakerNotes({ deck, index }: { deck: SlideDeck; index: number }) {
  const next = deck.slides[index + 1];
  return (
    <aside className={classes.notes} data-testid="speaker-notes" aria-label="Speaker notes">
      <h2>Speaker notes</h2>
      <p>{deck.slides[index].notes}</p>
      <h2>Next</h2>
      <p>{next ? next.title : "End of the deck"}</p>
    </aside>
  );
}
