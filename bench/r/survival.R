# Side-by-side reference for `npm run bench`: Pohar Perme net survival with relsurv::rs.surv on the
# same cohort as `orca stats survival --method pohar-perme` (methods.md §3.1), timing rs.surv only.
# Usage: Rscript survival.R cases.csv life_table.csv max_patients
suppressPackageStartupMessages({ library(survival); library(relsurv) })
args <- commandArgs(trailingOnly = TRUE)
cases <- read.csv(args[1], colClasses = "character")
lt <- read.csv(args[2])
n_max <- as.integer(args[3])
years <- sort(unique(lt$year)); ages <- 0:100
q <- function(s) { m <- matrix(NA_real_, length(ages), length(years)); r <- lt[lt$sex == s, ]
  m[cbind(r$age + 1, match(r$year, years))] <- r$qx; m }
rt <- transrate(1 - q(1), 1 - q(2), yearlim = range(years), int.length = 1)
b <- as.Date(cases$birth_date); d <- as.Date(cases$diagnosis_date); l <- as.Date(cases$last_contact_date)
ok <- cases$basis != "0" & !is.na(b) & !is.na(d) & !is.na(l) & l >= d & cases$sex %in% c("1", "2") &
  cases$vital_status %in% c("1", "2") & grepl("^C", cases$icd10)
dat <- data.frame(time = as.numeric(l - d), status = as.integer(cases$vital_status == "2"),
                  age = as.numeric(d - b), sex = as.integer(cases$sex), year = d)[ok, ]
dat <- head(dat, n_max)
dat$time[dat$time == 0] <- 0.5
t0 <- proc.time()[["elapsed"]]
fit <- rs.surv(Surv(time, status) ~ 1, data = dat, ratetable = rt, method = "pohar-perme",
               rmap = list(age = age, sex = sex, year = year))
cat(sprintf("patients=%d\nseconds=%.3f\n", nrow(dat), proc.time()[["elapsed"]] - t0))
