filedesc://spaces.arc 0.0.0.0 20310206100000 text/plain 76
1 0 Lowmoor Courier
URL IP-address Archive-date Content-type Archive-length

https://courier.example/a page 1 192.0.2.1 20310206100000 text/html 450
HTTP/1.0 200 OK
Content-Type: text/html

<!DOCTYPE html><html><head><title>Brennock dam inspected</title></head><body><nav>Home | Region</nav><article><h1>Brennock dam inspected</h1><p>Engineers spent Monday inspecting the Brennock dam after a week of heavy rain in the valley.</p><p>They found no cracks in the wall, and the spillway was clear of debris, the water board said.</p></article><footer>Copyright Lowmoor Courier</footer></body></html>
https://courier.example/a page 2 192.0.2.1 20310206100000 text/html 459
HTTP/1.0 200 OK
Content-Type: text/html

<!DOCTYPE html><html><head><title>Ferry to Callow Island delayed</title></head><body><nav>Home | Region</nav><article><h1>Ferry to Callow Island delayed</h1><p>Thick fog delayed the ferry to Callow Island by six hours on Tuesday, stranding commuters.</p><p>The operator said sailings would return to the usual timetable once visibility improved.</p></article><footer>Copyright Lowmoor Courier</footer></body></html>
https://courier.example/a page 3 192.0.2.1 20310206100000 text/html 446
HTTP/1.0 200 OK
Content-Type: text/html

<!DOCTYPE html><html><head><title>Pellworth school reopens</title></head><body><nav>Home | Region</nav><article><h1>Pellworth school reopens</h1><p>The primary school in Pellworth reopened on Wednesday after builders repaired its roof.</p><p>Parents said the children were glad to be back in their own classrooms after a month away.</p></article><footer>Copyright Lowmoor Courier</footer></body></html>
