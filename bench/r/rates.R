# Side-by-side reference for `npm run bench`: the incidence table of `orca stats rates --by
# region_code,year,sex,icd10_3` (China 2000 standard, Fay–Feuer CI) computed in base R, timed from
# reading the CSV files to the finished table. Usage: Rscript rates.R cases.csv population.csv
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
cases <- read.csv(args[1], colClasses = "character")
pop <- read.csv(args[2], colClasses = c("character", "integer", "integer", "character", "numeric"))
std <- c(13793799, 55184575, 90152587, 125396633, 103031165, 94573174, 117602265, 127314298, 109147295,
         81242945, 85521045, 63304200, 46370375, 41703848, 34780460, 25574149, 15928330, 7989158, 4001925)
w <- std / sum(std)
labels <- c("0", "1-4", paste(seq(5, 80, 5), seq(9, 84, 5), sep = "-"), "85+")
b <- as.Date(cases$birth_date); d <- as.Date(cases$diagnosis_date)
age <- as.integer(format(d, "%Y")) - as.integer(format(b, "%Y")) - (format(d, "%m%d") < format(b, "%m%d"))
g <- ifelse(age == 0, 1L, ifelse(age < 5, 2L, pmin(19L, age %/% 5L + 2L)))
cat3 <- substr(gsub(".", "", cases$icd10, fixed = TRUE), 1, 3)
ok <- !is.na(g) & cases$sex %in% c("1", "2") & grepl("^C", cat3)
ev <- data.frame(region = cases$region_code[ok], year = format(d[ok], "%Y"), sex = cases$sex[ok], cat = cat3[ok], g = g[ok])
counts <- aggregate(list(n = rep(1L, nrow(ev))), ev, length)
pop$g <- match(pop$age_group, labels)
pkey <- paste(pop$region_code, pop$year, pop$sex, pop$g)
counts$p <- pop$population[match(paste(counts$region, counts$year, counts$sex, counts$g), pkey)]
counts <- counts[!is.na(counts$p) & counts$p > 0, ]
counts$wr <- w[counts$g] * counts$n / counts$p
counts$wv <- w[counts$g]^2 * counts$n / counts$p^2
key <- paste(counts$region, counts$year, counts$sex, counts$cat)
asr <- tapply(counts$wr, key, sum); v <- tapply(counts$wv, key, sum)
# Fay–Feuer with w_M over every age group of the group's population (as ORCA and epitools).
pk <- paste(pop$region_code, pop$year, pop$sex)
wm <- tapply(w[pop$g] / pop$population, pk, max)
gk <- sub(" [^ ]*$", "", names(asr))
wM <- wm[gk]
lower <- qgamma(0.025, asr^2 / v, scale = v / asr)
upper <- qgamma(0.975, (asr + wM)^2 / (v + wM^2), scale = (v + wM^2) / (asr + wM))
out <- data.frame(key = names(asr), asr = asr * 1e5, lci = lower * 1e5, uci = upper * 1e5)
cat(sprintf("rows=%d\nseconds=%.3f\n", nrow(out), proc.time()[["elapsed"]] - t0))
