-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for tests/bench/web_load.sh: visitors on the booking site. Arguments (after wrk's "--"):
--   MODE COOKIE CSRF DATES INMATES SEED [THINK_MS] [BOOK_SHARE]
-- MODE: slot (the slot page: POST /book/slot, a day and an inmate), book (POST /book/confirm: a whole booking with
-- a new visitor each time), mix (both; BOOK_SHARE of the requests book). COOKIE/CSRF: one browser's id and its
-- form token. DATES: the bookable days, comma-separated. INMATES: how many the bench roster holds. SEED: makes
-- this run's NIKs differ from earlier runs' on the same database. THINK_MS: mean pause (exponential) before each
-- request of a connection, 0 for none: with it the load is a steady crowd of visitors rather than a flood.
-- done() prints the totals and latency percentiles as "webload: NAME=VALUE" lines for web_load.sh.

local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("id", counter)
end

local mode, cookie, csrf, dates, inmates, seed, think, share
local slots = { "08:00", "09:00", "10:00", "13:00" }

local function encode(text)
    return (text:gsub("[^%w%-%._~]", function(c)
        if c == " " then return "+" end
        return string.format("%%%02X", string.byte(c))
    end))
end

local function form(fields)
    local parts = {}
    for _, pair in ipairs(fields) do
        table.insert(parts, pair[1] .. "=" .. encode(pair[2]))
    end
    return table.concat(parts, "&")
end

local function letters(n) -- a name part made of letters only, distinct for each n
    local s = ""
    repeat
        s = s .. string.char(97 + n % 26)
        n = math.floor(n / 26)
    until n == 0
    return "K" .. s
end

local function visitor(n) -- a valid NIK (born 1960-1999, day 1-28) and a name, distinct for each n
    local serial = n % 9999 + 1
    local rest = math.floor(n / 9999)
    local day = rest % 28 + 1
    rest = math.floor(rest / 28)
    local month = rest % 12 + 1
    rest = math.floor(rest / 12)
    local year = 60 + rest % 40
    local nik = string.format("647105%02d%02d%02d%04d", day, month, year, serial)
    return nik, "Tamu " .. letters(n)
end

local function inmate()
    local i = math.random(1, inmates)
    return string.format("BENCH-%05d", i), "Warga " .. letters(i)
end

function init(args)
    mode, cookie, csrf = args[1], args[2], args[3]
    dates = {}
    for d in string.gmatch(args[4], "[^,]+") do
        table.insert(dates, d)
    end
    inmates = tonumber(args[5])
    seed = tonumber(args[6])
    think = tonumber(args[7] or "0")
    share = tonumber(args[8] or "0")
    math.randomseed(seed * 1000 + id)
    counter = seed * 10000000 + id * 1000000
end

local function slotPage()
    local number, name = inmate()
    return form({ { "service", "visit" }, { "date", dates[math.random(#dates)] }, { "inmate_number", number },
        { "inmate_name", name }, { "csrf", csrf } })
end

local function booking()
    counter = counter + 1
    local number, name = inmate()
    local nik, visitorName = visitor(counter)
    return form({ { "service", "visit" }, { "date", dates[math.random(#dates)] }, { "inmate_number", number },
        { "inmate_name", name }, { "slot", slots[math.random(#slots)] }, { "nik1", nik }, { "name1", visitorName },
        { "nik2", "" }, { "name2", "" }, { "nik3", "" }, { "name3", "" }, { "children", "0" },
        { "csrf", csrf } })
end

function request()
    local book = mode == "book" or (mode == "mix" and math.random() < share)
    local headers = { ["Cookie"] = "besuk_browser=" .. cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded" }
    if book then
        return wrk.format("POST", "/book/confirm", headers, booking())
    end
    return wrk.format("POST", "/book/slot", headers, slotPage())
end

function delay()
    if think <= 0 then
        return 0
    end
    -- Capped below the site's 5 s keep-alive timeout: a longer pause would find the connection closed by the
    -- server, which wrk counts as a read error although nothing went wrong.
    return math.min(math.floor(-think * math.log(1 - math.random())), 4500)
end

-- No response(): with it wrk hands every answer to Lua, which costs the client CPU the server then lacks on a small
-- machine. What each answer was is counted from the server's log instead (web_load.sh).
function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("webload: seconds=%.2f\n", summary.duration / 1e6))
    io.write(string.format("webload: requests=%d\n", summary.requests))
    io.write(string.format("webload: socket_errors=%d\n", e.connect + e.read + e.write + e.timeout))
    for _, p in ipairs({ 50, 90, 99 }) do
        io.write(string.format("webload: p%d_ms=%.1f\n", p, latency:percentile(p) / 1000))
    end
    io.write(string.format("webload: max_ms=%.1f\n", latency.max / 1000))
end
