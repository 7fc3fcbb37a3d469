import { approvalStateLabel, dayOf, DRAFT_MARK, partTitle, reviewStateLabel, type Slide, type SlideBlock, type SlideDeck } from "@planbridge/slides";
import classes from "./presenter.module.css";

interface SlideViewProps {
  deck: SlideDeck;
  slide: Slide;
  index: number;
}

/** One slide of the model as HTML, laid out like the PPTX theme (sizes scale with the slide's width). */
export function SlideView({ deck, slide, index }: SlideViewProps) {
  return (
    <section className={classes.slide} data-testid="presenter-slide" data-slide-id={slide.id} data-slide-index={index} aria-label={`Slide ${index + 1}`}>
      <div className={classes.accent} />
      {deck.isDraft && <div className={classes.draft}>{DRAFT_MARK}</div>}
      <SlideBody slide={slide} />
      <footer className={classes.footer}>
        <span>
          {deck.planTitle} · Version {deck.versionNumber} · {deck.shortHash}
        </span>
        <span>{index + 1}</span>
      </footer>
    </section>
  );
}

function SlideBody({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case "title":
      return (
        <div className={classes.titleSlide}>
          <h1>{slide.planTitle}</h1>
          <p className={classes.subtitle}>{[slide.period, slide.versionLabel].filter(Boolean).join(" · ")}</p>
          <p>
            <strong>Owner:</strong> {slide.ownerName}
            <br />
            <strong>Status:</strong> {slide.status}
          </p>
        </div>
      );
    case "agenda":
      return (
        <>
          <h2 className={classes.slideTitle}>{slide.title}</h2>
          <ol className={classes.agenda} start={slide.firstNumber} data-columns={slide.items.length > 14 ? 2 : 1}>
            {slide.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item.text}</li>
            ))}
          </ol>
        </>
      );
    case "section":
    case "tactic":
      return (
        <>
          <h2 className={classes.slideTitle}>{partTitle(slide.title, slide.part, slide.parts)}</h2>
          {slide.reviewer && (
            <p className={classes.reviewer}>
              <strong>Council reviewer:</strong> {slide.reviewer.name ?? "No reviewer assigned"} · {reviewStateLabel(slide.reviewer.state)}
              {slide.reviewer.reviewedAt ? `, ${dayOf(slide.reviewer.reviewedAt)}` : ""}
            </p>
          )}
          <div className={classes.body}>
            {slide.blocks.map((block, blockIndex) => (
              <Block key={blockIndex} block={block} />
            ))}
          </div>
        </>
      );
    case "signoff":
      return (
        <>
          <h2 className={classes.slideTitle}>{slide.title}</h2>
          <div className={classes.body}>
            <p>
              <strong>{slide.versionName ? `Version ${slide.versionNumber}: ${slide.versionName}` : `Version ${slide.versionNumber}`}</strong>, cut {dayOf(slide.versionCutAt)}
            </p>
            <p className={classes.hash}>
              Version hash (SHA-256): <code>{slide.hash}</code>
            </p>
            {slide.approvers.length === 0 ? (
              <p>Not submitted for sign-off.</p>
            ) : (
              <Table header={["Approver", "Role", "Decision", "Date"]} rows={slide.approvers.map((a) => [a.name, a.jobTitle ?? "", approvalStateLabel(a.state), dayOf(a.decidedAt)])} />
            )}
          </div>
        </>
      );
  }
}

function Block({ block }: { block: SlideBlock }) {
  switch (block.type) {
    case "heading":
      return <h3>{block.text}</h3>;
    case "paragraph":
      return <p>{block.text}</p>;
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index} style={{ marginLeft: `${item.level * 1.5}em` }}>
              {item.text}
            </li>
          ))}
        </List>
      );
    }
    case "table":
      return <Table header={block.header} rows={block.rows} widths={block.widths} />;
  }
}

function Table({ header, rows, widths }: { header: string[] | null; rows: string[][]; widths?: number[] }) {
  return (
    <table className={classes.table}>
      {widths && (
        <colgroup>
          {widths.map((width, index) => (
            <col key={index} style={{ width: `${width * 100}%` }} />
          ))}
        </colgroup>
      )}
      {header && (
        <thead>
          <tr>
            {header.map((cell, index) => (
              <th key={index}>{cell}</th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
