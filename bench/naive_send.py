#!/usr/bin/env python3
"""The same job as `communique publish`, done the way a Python user would without communique.

Fluent (fluent.runtime) words the notice once per language from bench/naive/LANG.ftl (simplified
from locales/), Jinja2 renders the repository's own templates/ per recipient (the unsubscribe
link differs), the standard library builds an EmailMessage per recipient and smtplib sends it
over one reused SMTP connection per worker thread. No journal, no retries: this is the peer
communique is compared with in bench/send.sh, not a mailer.

    python3 bench/naive_send.py --port 2525 --subscribers subs.csv --limit 5000 --threads 16

Prints one line: `sent N in S s: R msg/s`.
"""

import argparse
import base64
import csv
import hashlib
import hmac
import queue
import smtplib
import threading
import time
import tomllib
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path

import jinja2
from fluent.runtime import FluentBundle, FluentResource

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["kk", "ru", "es", "en"]
EVENT_ID = "kz-mx-political-consultations-2022"
SECRET = b"naive-send benchmark secret, thirty-two bytes or more"

# What the seed event says, as the Fluent arguments of the simplified messages.
ARGS = {
    "kk": {"round": 3, "city": "МЕХИКО", "agency": "ҚАЗАҚПАРАТ"},
    "ru": {"round": 3, "city": "МЕХИКО", "agency": "КАЗИНФОРМ"},
    "es": {"round": 3, "city": "CIUDAD DE MÉXICO", "agency": "KAZINFORM"},
    "en": {"round": 3, "city": "MEXICO CITY", "agency": "KAZINFORM"},
}


def bundle(lang):
    b = FluentBundle([lang], use_isolating=False)
    b.add_resource(FluentResource((ROOT / "bench" / "naive" / f"{lang}.ftl").read_text()))
    return b


def fmt(b, msg_id, args=None):
    text, errors = b.format_pattern(b.get_message(msg_id).value, args or {})
    if errors:
        raise SystemExit(f"{msg_id}: {errors}")
    return text


def notice(lang, config):
    """The notice in one language (once per language) and the email's own words."""
    b = bundle(lang)
    a = dict(ARGS[lang], time="14:13", offset="UTC+6")
    body = []
    i = 1
    while b.has_message(f"body-{i}"):
        body.append(fmt(b, f"body-{i}"))
        i += 1
    n = {
        "lang": lang,
        "headline": fmt(b, "headline", a),
        "dateline": fmt(b, "dateline", a),
        "lead_in": fmt(b, "lead-in", a),
        "lead": fmt(b, "lead"),
        "body": body,
        "credits": [fmt(b, "credit")],
    }
    labels = {
        "why": fmt(b, "email-why", {"list": config["list"]["name"][lang]}),
        "unsubscribe": fmt(b, "email-unsubscribe"),
        "view_online": fmt(b, "email-view-online"),
    }
    identity = {
        "organization": config["organization"]["name"][lang],
        "sender_name": config["sender"]["name"][lang],
        "sender_address": config["sender"]["address"],
        "postal_address": config["organization"]["postal_address"][lang],
        "list_name": config["list"]["name"][lang],
    }
    return n, labels, identity


def token(subscriber, list_name):
    payload = f"{subscriber}:{list_name}".encode()
    mac = hmac.new(SECRET, payload, hashlib.sha256).digest()[:16]
    enc = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
    return f"{enc(payload)}.{enc(mac)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--subscribers", required=True, help="CSV with email,name,lang")
    ap.add_argument("--limit", type=int, default=5000, help="send to the first N rows")
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--list", default="bench")
    args = ap.parse_args()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only")

    config = tomllib.loads((ROOT / "communique.toml").read_text())
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    subject_t, html_t, text_t = (env.get_template(n) for n in ("subject.txt", "email.html", "email.txt"))
    per_lang = {lang: notice(lang, config) for lang in LANGS}
    base = config["web"]["base_url"].rstrip("/")
    sender = config["sender"]["address"]

    rows = queue.SimpleQueue()
    with open(args.subscribers, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f), start=1):
            if i > args.limit:
                break
            rows.put((i, row))
    total = min(args.limit, rows.qsize())

    sent = [0] * args.threads
    failures = []

    def worker(w):
        smtp = smtplib.SMTP(args.host, args.port, timeout=30)
        smtp.ehlo("localhost")
        try:
            while True:
                try:
                    sid, row = rows.get_nowait()
                except queue.Empty:
                    return
                lang = row["lang"]
                n, labels, identity = per_lang[lang]
                slots = {
                    "unsubscribe_url": f"{base}/u/{token(sid, args.list)}",
                    "web_url": f"{base}/n/{EVENT_ID}/{lang}",
                }
                ctx = {"notice": n, "labels": labels, "identity": identity, "slots": slots}
                msg = EmailMessage()
                msg["From"] = formataddr((identity["sender_name"], sender))
                msg["To"] = formataddr((row["name"], row["email"]))
                msg["Subject"] = subject_t.render(ctx).strip()
                msg["Date"] = formatdate(localtime=False)
                digest = hashlib.sha256(f"{EVENT_ID}\0{row['email']}\0{lang}".encode()).hexdigest()
                msg["Message-ID"] = f"<{digest[:32]}.{lang}@{sender.split('@')[1]}>"
                msg["Content-Language"] = lang
                msg["List-Id"] = f"{identity['list_name']} <{config['list']['id']}>"
                msg["List-Unsubscribe"] = (
                    f"<{slots['unsubscribe_url']}>, <mailto:{config['list']['unsubscribe_mailto']}>"
                )
                msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
                msg.set_content(text_t.render(ctx))
                msg.add_alternative(html_t.render(ctx), subtype="html")
                try:
                    smtp.send_message(msg, from_addr=sender, to_addrs=[row["email"]])
                    sent[w] += 1
                except smtplib.SMTPException as e:
                    failures.append((row["email"], str(e)))
        finally:
            try:
                smtp.quit()
            except smtplib.SMTPException:
                pass

    start = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    n = sum(sent)
    print(f"sent {n} in {elapsed:.2f} s: {n / elapsed:.0f} msg/s ({len(failures)} failed, {total} rows)")
    if n != total:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
