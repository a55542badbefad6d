"""Drives the web studio in headless Chromium against a real `reel serve` on loopback.

Usage: studio_flow.py REEL_BINARY WORK_DIR ARTIFACTS_DIR

Makes two photos and a sound with FFmpeg, opens the page, uploads them (and a file Reel must
refuse), asks for "make a 6 second vertical video with a title 'Hello'", checks the timeline's
three lanes and summary, undoes and redoes, previews, shows the storyboard, exports, downloads
the MP4 and checks it with ffprobe (1080x1920, 6 s), resumes an export across a reload, checks
that Tab reaches every control and that text contrast is at least 4.5:1, looks at a phone-sized
screen, runs the page's unit tests, and fails on any console error. Screenshots
of every step go to ARTIFACTS_DIR; measurements are printed as `measure: name = value`.
"""
import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import png

reel, work, artifacts = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(work, exist_ok=True)
os.makedirs(artifacts, exist_ok=True)
for old in os.listdir(artifacts):
    if old.endswith(".png"):
        os.remove(os.path.join(artifacts, old))
HERE = os.path.dirname(os.path.abspath(__file__))
step_no = 0


def log(message):
    print(message, flush=True)


def measure(name, value):
    log(f"measure: {name} = {value}")


def ffmpeg(*args):
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def shot(driver, name):
    global step_no
    step_no += 1
    path = os.path.join(artifacts, f"{step_no:02d}-{name}.png")
    driver.save_screenshot(path)
    log(f"screenshot: {path}")
    return path


# --- media -----------------------------------------------------------------------------------
red = os.path.join(work, "red.jpg")
blue = os.path.join(work, "blue.png")
tone = os.path.join(work, "tone.wav")
notes = os.path.join(work, "notes.txt")
ffmpeg("-f", "lavfi", "-i", "color=c=#d03030:s=640x480", "-frames:v", "1", red)
ffmpeg("-f", "lavfi", "-i", "color=c=#3050e0:s=640x480", "-frames:v", "1", blue)
ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=8", tone)
with open(notes, "w") as f:
    f.write("not a video\n")

# --- server ----------------------------------------------------------------------------------
port = free_port()
base = f"http://127.0.0.1:{port}"
server_log = open(os.path.join(artifacts, "server.log"), "w")
# URL import from a file server on loopback, which Reel refuses unless told otherwise.
server = subprocess.Popen([reel, "serve", "--port", str(port), "--data", os.path.join(work, "data")],
                          stdout=server_log, stderr=subprocess.STDOUT, env={**os.environ, "REEL_ALLOW_PRIVATE_URL_IMPORTS": "1"})
files_port = free_port()
files_server = subprocess.Popen([sys.executable, "-m", "http.server", str(files_port), "--bind", "127.0.0.1", "--directory", work],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
driver = None
try:
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except Exception:
            time.sleep(0.1)
    else:
        raise SystemExit("reel serve did not come up")

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,800",
                "--autoplay-policy=no-user-gesture-required", "--mute-audio"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # The page's own viewport is exactly 1280×800 (a window that size would leave less to it).
    viewport = lambda w, h, mobile=False: driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile})
    viewport(1280, 800)
    wait = WebDriverWait(driver, 60)
    js = driver.execute_script
    console = []

    def read_console():
        console.extend(driver.get_log("browser"))

    def summary():
        return driver.find_element(By.ID, "summary").text

    # --- first visit: token, a project, credits --------------------------------------------
    started = time.monotonic()
    driver.get(base + "/")
    wait.until(lambda d: js("return document.body.dataset.ready") == "true")
    ready_ms = (time.monotonic() - started) * 1000
    timing = js("""
        const nav = performance.getEntriesByType('navigation')[0];
        const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
        const studio = performance.getEntriesByType('resource').filter(r => r.name.includes('/studio/'));
        return {fcp: paint ? paint.startTime : null, dcl: nav.domContentLoadedEventEnd,
                bytes: nav.transferSize + studio.reduce((n, r) => n + r.transferSize, 0),
                body: nav.decodedBodySize + studio.reduce((n, r) => n + r.decodedBodySize, 0)}""")
    measure("first load transfer bytes", timing["bytes"])
    measure("first load decoded bytes", timing["body"])
    measure("first contentful paint ms", round(timing["fcp"] or -1))
    measure("DOMContentLoaded ms", round(timing["dcl"]))
    measure("ready (token, project, timeline loaded) ms", round(ready_ms))
    assert timing["body"] < 200_000, f"first load is {timing['body']} bytes"
    assert js("return localStorage.getItem('reel.token')"), "no token kept"
    assert "credits" in driver.find_element(By.ID, "credits").text
    assert driver.find_element(By.ID, "project").get_attribute("value"), "no project"
    base_modules = js("return new URL(document.querySelector('script[type=module]').src).pathname.replace('app.js', '')")
    shot(driver, "start")

    # --- media bin: three files at once, one refused file ----------------------------------
    driver.find_element(By.ID, "files").send_keys("\n".join([red, blue, tone]))
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#bin li.stored")) == 3)
    wait.until(lambda d: all("blob:" in (e.get_attribute("style") or "") for e in d.find_elements(By.CSS_SELECTOR, "#bin li.stored .thumb")))
    metas = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#bin li.stored .meta")]
    assert any("audio" in m and "0:08" in m for m in metas), metas
    driver.find_element(By.ID, "files").send_keys(notes)
    refused = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#bin li.refused .error"))
    assert "4001" in refused[0].text, refused[0].text
    shot(driver, "media")

    # --- chat: a turn streams in, the timeline shows three lanes and the summary -----------
    empty_summary = summary()
    say = driver.find_element(By.ID, "say")
    say.send_keys("make a 6 second vertical video with a title 'Hello'")
    say.send_keys(Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-lane=text]") and d.find_elements(By.CSS_SELECTOR, "[data-lane=audio]"))
    lanes = [e.get_attribute("data-lane") for e in driver.find_elements(By.CSS_SELECTOR, "#strip .lane")]
    assert lanes == ["video", "text", "audio"], lanes
    made = summary()
    assert made.startswith("Timeline (3 tracks)") and '"Hello"' in made and "0-6s" in made, made
    steps = driver.find_elements(By.CSS_SELECTOR, "#messages .steps li")
    assert steps, "no steps shown"
    answer = driver.find_elements(By.CSS_SELECTOR, "#messages li.agent")[-1].text
    assert "Timeline (3 tracks)" in answer, answer
    assert js("return document.querySelector('[data-aspect=\"9:16\"]').getAttribute('aria-pressed')") == "true"
    wait.until(lambda d: all("blob:" in (e.get_attribute("style") or "") for e in d.find_elements(By.CSS_SELECTOR, ".seg")))
    time.sleep(0.3)
    timeline_shot = shot(driver, "timeline")
    # The strip is not empty: its picture holds the red and the blue photo and the lanes' colours.
    strip = driver.find_element(By.ID, "strip").screenshot_as_png
    with open(os.path.join(artifacts, f"{step_no:02d}-timeline-strip.png"), "wb") as f:
        f.write(strip)
    width, height, rows = png.pixels(strip)
    flat = [p for row in rows for p in row]
    reds = sum(1 for r, g, b in flat if r > 170 and g < 90 and b < 90)
    blues = sum(1 for r, g, b in flat if b > 170 and r < 100 and g < 120)
    colours = len({(r >> 4, g >> 4, b >> 4) for r, g, b in flat})
    measure("strip red pixels", reds)
    measure("strip blue pixels", blues)
    assert reds > 500 and blues > 500 and colours > 8, (reds, blues, colours)

    # --- undo changes it back; Ctrl+Shift+Z brings it again --------------------------------
    driver.find_element(By.ID, "undo").click()
    wait.until(lambda d: summary() == empty_summary)
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-lane=text]")
    shot(driver, "undone")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.CONTROL, Keys.SHIFT, "z")
    wait.until(lambda d: summary() == made)

    # --- selecting a segment names it in the next instruction ------------------------------
    driver.find_elements(By.CSS_SELECTOR, ".seg")[1].click()
    assert "clip 2" in driver.find_element(By.ID, "subject").text
    driver.find_elements(By.CSS_SELECTOR, ".seg")[1].click()
    assert not driver.find_element(By.ID, "subject").is_displayed()
    driver.find_elements(By.CSS_SELECTOR, ".seg")[1].click()
    agents = len(driver.find_elements(By.CSS_SELECTOR, "#messages li.agent"))
    driver.find_element(By.ID, "say").send_keys("make this one black and white", Keys.ENTER)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#messages li.agent")) > agents
               and "Working" not in d.find_elements(By.CSS_SELECTOR, "#messages li.agent")[-1].text)
    answer = driver.find_elements(By.CSS_SELECTOR, "#messages li.agent")[-1].text
    assert "black and white" in answer and "clip 2" in answer, answer
    wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".seg.selected"))
    assert "grayscale" in driver.find_elements(By.CSS_SELECTOR, ".seg")[1].get_attribute("style")
    made = summary()

    # --- routing words -----------------------------------------------------------------------
    say = driver.find_element(By.ID, "say")
    say.send_keys("credits", Keys.ENTER)
    wait.until(lambda d: "You have" in d.find_elements(By.CSS_SELECTOR, "#messages li.agent")[-1].text)
    say.send_keys("status", Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#messages li.agent")[-1].text.startswith("Timeline (3 tracks)"))

    # --- preview and storyboard --------------------------------------------------------------
    driver.find_element(By.ID, "preview-btn").click()
    WebDriverWait(driver, 240).until(lambda d: (d.find_element(By.ID, "video").get_attribute("src") or "").startswith("http"))
    WebDriverWait(driver, 60).until(lambda d: js("return document.getElementById('video').readyState") >= 1)
    assert abs(js("return document.getElementById('video').duration") - 6) < 0.3
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.SPACE)
    wait.until(lambda d: js("return !document.getElementById('video').paused"))
    shot(driver, "preview")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.SPACE)
    wait.until(lambda d: js("return document.getElementById('video').paused"))
    assert driver.find_element(By.ID, "preview-btn").text == "Render preview"
    driver.find_element(By.ID, "show-board").click()
    WebDriverWait(driver, 120).until(lambda d: js("const i = document.getElementById('board'); return i.complete && i.naturalWidth > 0"))
    shot(driver, "storyboard")
    driver.find_element(By.ID, "show-video").click()

    # --- the top bar: a shape preset and the length, each undone with Ctrl+Z ------------------
    length = lambda: driver.find_element(By.ID, "tl-length").text
    body = driver.find_element(By.TAG_NAME, "body")
    driver.find_element(By.CSS_SELECTOR, "[data-aspect='1:1']").click()
    wait.until(lambda d: "1080×1080" in length())
    assert driver.find_element(By.ID, "preview-btn").text == "Update preview"
    shot(driver, "square")
    body.send_keys(Keys.CONTROL, "z")
    wait.until(lambda d: "1080×1920" in length())
    box = driver.find_element(By.ID, "length")
    box.clear()
    box.send_keys("8", Keys.TAB)
    wait.until(lambda d: length().startswith("0:08"))
    body.send_keys(Keys.CONTROL, "z")
    wait.until(lambda d: length().startswith("0:06") and summary() == made)

    # --- export: progress, then a download link; the file is checked ------------------------
    clicked = time.monotonic()
    driver.find_element(By.ID, "export").click()
    link = WebDriverWait(driver, 300).until(lambda d: d.find_elements(By.ID, "download"))[0]
    export_s = time.monotonic() - clicked
    measure("export click to download link s", round(export_s, 1))
    shot(driver, "exported")
    out = os.path.join(work, "export.mp4")
    urllib.request.urlretrieve(link.get_attribute("href"), out)
    probe = json.loads(subprocess.run(["ffprobe", "-v", "error", "-show_entries", "stream=codec_type,width,height:format=duration",
                                       "-of", "json", out], check=True, capture_output=True, text=True).stdout)
    video = [s for s in probe["streams"] if s["codec_type"] == "video"][0]
    duration = float(probe["format"]["duration"])
    log(f"export: {video['width']}x{video['height']}, {duration:.2f} s")
    assert (video["width"], video["height"]) == (1080, 1920), video
    assert abs(duration - 6) < 0.15, duration
    assert driver.find_elements(By.CSS_SELECTOR, "#renders a"), "export not listed"

    # --- an export survives closing the tab: Ctrl+E, reload at once, it is followed again --
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.CONTROL, "e")
    sid = driver.find_element(By.ID, "project").get_attribute("value")
    wait.until(lambda d: js(f"return localStorage.getItem('reel.export.{sid}')"))
    driver.refresh()
    wait.until(lambda d: js("return document.body.dataset.ready") == "true")
    WebDriverWait(driver, 300).until(lambda d: d.find_elements(By.ID, "download") or len(d.find_elements(By.CSS_SELECTOR, "#renders a")) >= 2)
    WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#renders a")) >= 2)
    shot(driver, "resumed")

    # --- URL import: a photo from a link joins the media bin --------------------------------
    before = len(driver.find_elements(By.CSS_SELECTOR, "#bin li.stored"))
    driver.find_element(By.ID, "url").send_keys(f"http://127.0.0.1:{files_port}/red.jpg", Keys.ENTER)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#bin li.stored")) == before + 1)

    # --- keyboard reachable: Tab alone gets to every control a video needs -------------------
    js("document.activeElement.blur(); window.scrollTo(0, 0)")
    reached = set()
    for _ in range(60):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        reached.add(js("const e = document.activeElement; return e.id || e.dataset.aspect || e.className || e.tagName"))
    for needed in ["drop", "url", "undo", "redo", "export", "preview-btn", "show-board", "say", "send", "9:16", "length", "seg"]:
        assert needed in reached, f"Tab never reaches {needed}: {sorted(reached)}"

    # --- readable contrast: WCAG AA (4.5:1) for the page's text on what is behind it ----------
    low = js("""
        const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
        const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                                      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
        const behind = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                                if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c; } return [15, 17, 21]; };
        const bad = [];
        let checked = 0;
        for (const e of document.querySelectorAll('h1, h2, h3, p, span, small, strong, label, button, a, li, .name, .meta, .block, .lane-label, .summary')) {
          if (!e.offsetParent || !e.textContent.trim() || e.closest('[disabled]')) continue;
          const a = lum(rgb(getComputedStyle(e).color)), b = lum(behind(e));
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          checked++;
          if (!(ratio >= 4.5)) bad.push(`${e.tagName}.${e.className} "${e.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
        }
        return {bad, checked};""")
    log(f"contrast: {low['checked']} text elements checked")
    assert low["checked"] > 40 and not low["bad"], "text below 4.5:1 contrast:\n" + "\n".join(low["bad"])

    # --- a phone-sized screen ----------------------------------------------------------------
    viewport(390, 844, True)
    time.sleep(0.5)
    overflow = js("return document.documentElement.scrollWidth - window.innerWidth")
    shot(driver, "phone")
    # The whole phone page, top to bottom.
    height = js("return document.documentElement.scrollHeight")
    full = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                  "clip": {"x": 0, "y": 0, "width": 390, "height": height, "scale": 1}})
    path = os.path.join(artifacts, f"{step_no:02d}-phone-full.png")
    with open(path, "wb") as f:
        f.write(base64.b64decode(full["data"]))
    log(f"screenshot: {path}")
    assert overflow <= 1, f"the page is {overflow}px wider than a phone"
    viewport(1280, 800)

    # --- no console errors but the refused upload's own 415 ---------------------------------
    read_console()
    errors = [e for e in console if e["level"] == "SEVERE" and not ("upload-video" in e["message"] and "415" in e["message"])]
    log(f"console: {len(console)} entries, {len(console) - len(errors)} allowed, {len(errors)} errors")
    assert any("upload-video" in e["message"] for e in console), "the browser's console was not read"
    assert not errors, "console errors:\n" + "\n".join(e["message"] for e in errors)

    # --- the page's own unit tests, in this browser ------------------------------------------
    with open(os.path.join(HERE, "unit.test.js")) as f:
        body = f.read()
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; const base = arguments[0];"
        "(async () => {" + body + "})().then(done, e => done({passed: 0, failures: ['threw: ' + e]}));", base_modules)
    log(f"unit tests: {result['passed']} passed, {len(result['failures'])} failed")
    assert not result["failures"], "\n".join(result["failures"])
    log("all checks passed")
finally:
    if driver is not None:
        driver.quit()
    files_server.terminate()
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
    server_log.close()
