filedesc://FENLIGHT-20310411.arc 0.0.0.0 20310411083000 text/plain 227
2 0 Fenlight Crawl
URL IP-address Archive-date Content-type Result-code Checksum Location Offset Filename Archive-length
<arcmetadata><arc:software>invented crawler 0.1</arc:software><dc:title>fenlight</dc:title></arcmetadata>

https://fenlight.example/culvert 192.0.2.7 20310411080100 text/html 200 Q3K5ZEXAMPLEDIGESTX1 - 100 FENLIGHT-20310411.arc 445
HTTP/1.1 200 OK
Content-Type: text/html

<!DOCTYPE html><html><head><title>Culvert cleared at Marrowick</title></head><body><nav>Home | Valley</nav><article><h1>Culvert cleared at Marrowick</h1><p>Road crews cleared a blocked culvert at Marrowick on Thursday, and the lane reopened by dusk.</p><p>A spokesperson for the district said more work would follow in the spring.</p></article><footer>Copyright Fenlight Gazette</footer></body></html>
https://fenlight.example/ferry 192.0.2.7 20310411080200 text/html 200 - - 200 FENLIGHT-20310411.arc 433
HTTP/1.1 200 OK
Content-Type: text/html

<!DOCTYPE html><html><head><title>Ferry timetable restored</title></head><body><nav>Home | Valley</nav><article><h1>Ferry timetable restored</h1><p>The Tollan ferry returned to its usual timetable after two days of gales kept it in port.</p><p>A spokesperson for the district said more work would follow in the spring.</p></article><footer>Copyright Fenlight Gazette</footer></body></html>
https://fenlight.example/library 192.0.2.7 20310411080300 text/html 200 Q3K5ZEXAMPLEDIGESTX3 - 300 FENLIGHT-20310411.arc 425
HTTP/1.1 200 OK
Content-Type: text/html

<!DOCTYPE html><html><head><title>Library roof repaired</title></head><body><nav>Home | Valley</nav><article><h1>Library roof repaired</h1><p>Roofers finished mending the Quellby library roof, which leaked through the wet autumn.</p><p>A spokesperson for the district said more work would follow in the spring.</p></article><footer>Copyright Fenlight Gazette</footer></body></html>
