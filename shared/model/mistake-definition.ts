export interface MistakeDefinition {
  title: string;
  /** The rule, in the courts' own words where possible. */
  rule: string;
  /** What the trainee should have done instead. */
  remedy: string;
  /** Which court or PACER page (and step) states the rule. */
  source: string;
}
