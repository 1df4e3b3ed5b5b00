import { z } from 'zod';

/** A softmax (multinomial logistic) model over standardised features, as the training script writes it. */
export const LinearModelSchema = z
  .object({
    classes: z.array(z.string()).min(2),
    features: z.array(z.string()).min(1),
    mean: z.array(z.number()),
    std: z.array(z.number()),
    weights: z.array(z.array(z.number())),
    bias: z.array(z.number()),
  })
  .refine(
    (m) =>
      m.mean.length === m.features.length &&
      m.std.length === m.features.length &&
      m.weights.length === m.classes.length &&
      m.bias.length === m.classes.length &&
      m.weights.every((w) => w.length === m.features.length),
    { message: 'mean, std, weights and bias must match the features and classes' },
  );
export type LinearModel = z.infer<typeof LinearModelSchema>;

/** Class probabilities for one raw feature vector. */
export function predictProba(model: LinearModel, x: readonly number[]): number[] {
  const z = model.weights.map((w, k) => {
    let s = model.bias[k]!;
    for (let j = 0; j < w.length; j++) s += w[j]! * (((x[j] ?? 0) - model.mean[j]!) / model.std[j]!);
    return s;
  });
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
