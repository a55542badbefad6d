# Reel: `make demo` renders a sample video end to end; `make test` runs every test.
SWIFT ?= swift

.PHONY: setup browser-setup postgres-setup postgres-stop build release demo test bench clean

setup:
	@bash scripts/setup.sh

# Headless Chromium and Selenium for the studio's browser test (StudioBrowserTests).
# Without root or network it says so, and that test is skipped.
browser-setup:
	@bash scripts/browser-setup.sh >/dev/null || echo "browser-setup: Chromium could not be installed; the studio's browser test will be skipped" >&2

# A throwaway PostgreSQL on 127.0.0.1 for the store's PostgreSQL tests and the many-machines test
# (installed with apt if missing). `make test` starts it (or reuses a running one) unless
# REEL_TEST_POSTGRES_URL is already set; without root or network those tests are skipped, saying why.
postgres-setup:
	@bash scripts/postgres.sh start

postgres-stop:
	@bash scripts/postgres.sh stop

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product reel

demo: release
	@bash scripts/demo.sh

# The PostgreSQL URL the tests use: the caller's, else a throwaway cluster's (empty if none starts).
PG_ENV = if [ -z "$${REEL_TEST_POSTGRES_URL:-}" ]; then eval "$$(bash scripts/postgres.sh start 2>/dev/null)" || true; fi;

test: setup browser-setup
	$(SWIFT) build --build-tests
	@# Engine and planner suites run side by side; the suites that start servers, `reel`
	@# processes and PostgreSQL databases run one test at a time, so two cores of FFmpeg work
	@# beside them cannot push a live request past its client's fixed 15 s read timeout, nor a
	@# store call past its deadline.
	$(PG_ENV) $(SWIFT) test --skip-build --parallel --num-workers 2 --skip 'ReelServerTests|ReelCLITests|ReelStoreTests'
	$(PG_ENV) $(SWIFT) test --skip-build --no-parallel --filter 'ReelServerTests|ReelCLITests|ReelStoreTests'

bench: release
	@bash bench/run.sh --reel .build/release/reel

clean:
	rm -rf .build demo
