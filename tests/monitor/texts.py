"""Invented news texts for the monitor tests (a flood in a made-up river town; no real event)."""

VALLEY_1 = (
    "Floodwaters swept through the river town of Dunmere on Monday, killing 12 people and forcing "
    "about 3,000 residents from their homes, the regional emergency office said on Tuesday. "
    "Rescue teams in boats searched flooded streets for survivors as the River Callow kept rising. "
    "\"We have never seen the water this high,\" said Mayor Oswin Harrell, who asked for army help. "
    "Schools in Dunmere were closed and the main bridge was shut to traffic."
)
# The same item, edited by the outlet an hour later: the toll went up.
VALLEY_1_EDITED = VALLEY_1.replace("killing 12 people", "killing 15 people")

RIDGE_SUMMARY_1 = "Dunmere counts its dead after Monday's flood."
RIDGE_PAGE_1 = [
    "Dunmere counted its dead on Tuesday after Monday's flood, which killed at least 12 people according to "
    "the regional emergency office.",
    "Volunteers handed out bread and blankets at the sports hall, where about 3,000 displaced residents slept.",
    "\"Everyone here has lost something,\" said nurse Wenna Tregarth at the shelter.",
]
RIDGE_SUMMARY_2 = ("Farmers near Dunmere say the flood drowned their cattle; the regional emergency office "
                   "promised compensation on Tuesday.")
RIDGE_SUMMARY_3 = "A relief group disputes the official Dunmere toll."
RIDGE_PAGE_3 = [
    "Floodwaters swept through Dunmere on Monday, killing 40 people, the relief group Blue Harbour "
    "Aid said on Tuesday, far more than the regional emergency office has reported.",
    "\"The official count leaves out the villages upstream,\" said Blue Harbour Aid's director Talan Vosper.",
    "About 3,000 residents of Dunmere are still in shelters.",
]

FOLDER_1 = (
    "Storm damages harbour wall in Keswater\n\n"
    "KESWATER, Tuesday - A winter storm smashed part of the harbour wall in Keswater on Monday, injuring "
    "four fishermen, the coastguard said on Tuesday. Repairs will take three weeks, the port office said.\n"
)
FOLDER_2 = (
    "Keswater harbour reopens to small boats\n\n"
    "KESWATER, Thursday - Small boats may use Keswater harbour again from Friday, the port office said on "
    "Thursday, three days after a storm injured four fishermen and broke the harbour wall.\n"
)
