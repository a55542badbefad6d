# Reel: `make demo` renders a sample video end to end; `make test` runs every test.
SWIFT ?= swift

.PHONY: setup build release demo test bench clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product reel

demo: release
	@bash scripts/demo.sh

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --num-workers 2

bench: release
	@bash bench/run.sh --reel .build/release/reel

clean:
	rm -rf .build demo
