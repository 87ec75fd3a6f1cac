# Side-by-side reference for `npm run bench`: the fixed-k joinpoint grid search of methods.md §4
# (weighted least squares over every admissible set of joinpoint years) in base R.
# Usage: Rscript joinpoint.R series.csv k repeats
args <- commandArgs(trailingOnly = TRUE)
s <- read.csv(args[1]); k <- as.integer(args[2]); reps <- as.integer(args[3])
x <- s$year; y <- log(s$count / s$population); w <- s$count; n <- length(x)
fit_once <- function() {
  best <- Inf
  combos <- combn(3:(n - 2), k)
  for (j in seq_len(ncol(combos))) {
    p <- combos[, j]
    if (k > 1 && any(diff(p) < 3)) next
    X <- cbind(1, x - x[1], sapply(x[p], function(t) pmax(x - t, 0)))
    f <- lm.wfit(X, y, w)
    sse <- sum(w * f$residuals^2)
    if (sse < best) best <- sse
  }
  best
}
t0 <- proc.time()[["elapsed"]]
for (i in seq_len(reps)) fit_once()
cat(sprintf("seconds=%.4f\n", (proc.time()[["elapsed"]] - t0) / reps))
