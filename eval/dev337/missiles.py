"""Rockets, missiles and drones from Gaza, Yemen and Iran, and what they hit (17 items, 2
without a figure)."""

from _wrap import item

item(
    "Iran launches more than 300 drones and missiles at Israel",
    """
Iran launched [[more than 300 drones and missiles|other;a=military spokesman Daniel
Hagari;n=drones and missiles]] at Israel overnight, military spokesman Daniel Hagari said on
{{April 14, 2024}}, in its first direct attack from its own soil. He said the barrage included
[[about 170 drones|other;a=military spokesman Daniel Hagari]], [[more than 30 cruise missiles|other;a=military spokesman Daniel Hagari]] and [[over 120 ballistic missiles|other;a=military spokesman Daniel Hagari]], and that {{99%}} were
intercepted by Israel and its allies. [[One person|injured;a=Magen David Adom]], a
{{seven-year-old}} Bedouin girl near Arad, was seriously hurt by shrapnel, Magen David Adom
said. Another [[31 people|injured]] were treated for light injuries or acute anxiety. The
Nevatim air base sustained light damage, the army said. Airspace was closed for {{seven
hours}}, stranding [[about 15,000 passengers|other]].
""",
)

item(
    "About 180 ballistic missiles fired at Israel; one killed in Jericho",
    """
Iran fired [[about 180 ballistic missiles|other;a=the military]] at Israel on the evening of
{{October 1, 2024}}, the military said, most of them intercepted by the Arrow system and US
destroyers. [[One man|killed;a=Palestinian officials]] was killed in the West Bank city of
Jericho when debris from an interceptor struck him, Palestinian officials said.
[[Two people|injured;a=Magen David Adom]] in Tel Aviv were lightly hurt by shrapnel, Magen
David Adom said, and [[dozens|injured;a=Magen David Adom]] more were hurt on their way to
shelters. In Hod Hasharon, [[about 100 homes|housing;a=the municipality]] and
[[one school|housing;a=the municipality]] were damaged, the municipality said. It said
[[20 families|displaced;a=the municipality]] had been moved to hotels for the night.
""",
)

item(
    "Missile strike on Bat Yam tower leaves six dead, seven missing",
    """
[[Six people|killed;a=Magen David Adom]], including [[two children|killed;a=Magen David
Adom]], were killed when an Iranian ballistic missile struck a residential tower in Bat Yam
early on {{Sunday}}, Magen David Adom said. [[About 200|injured;a=Magen David Adom]] were
hurt, [[four|injured;a=Magen David Adom]] of them seriously, it said. The Home Front
Command said [[seven people|missing;a=The Home Front Command]] were still missing under the
rubble. [[Some 300 soldiers|other]] of its search and rescue brigade worked through the
night with sniffer dogs. The Bat Yam municipality said [[61 buildings|housing;a=The Bat Yam
municipality]] had been damaged and [[about 1,500 residents|displaced;a=The Bat Yam
municipality]] evacuated to hotels.
""",
)

item(
    "Four women killed in Tamra, a town without public shelters",
    """
[[Four women|killed;a=Magen David Adom]] from one family were killed when an Iranian missile
hit their home in the Arab town of Tamra in the Galilee on {{Saturday}} night, Magen David Adom
said. [[24 people|injured;a=Magen David Adom]] were hurt, it said. Local council head Musa Abu
Romi said the town of [[some 37,000 residents|civilians;a=Local council head Musa Abu Romi]]
had no public shelter and that fewer than half of its homes had a safe room.
[[Some 40 homes|housing;a=the council]] were damaged, the council said.
[[About 300 residents|displaced]] spent the night with relatives. In Rehovot,
[[two people|missing;a=rescuers]] were listed as missing after a direct hit on a residential
street, rescuers said, and [[42 people|injured;a=rescuers]] were hurt.
""",
)

item(
    "Houthi missile hits Ben Gurion airport grounds",
    """
A ballistic missile launched from Yemen struck a road next to {{Terminal 3}} at Ben Gurion
airport on {{Sunday}} morning after interceptors failed to stop it, the military said.
[[Six people|injured;a=Magen David Adom]] were lightly hurt, Magen David Adom said. The Israel
Airports Authority said [[dozens of flights|other;a=The Israel Airports Authority]] were
cancelled and that [[more than 20 foreign airlines|other;a=The Israel Airports
Authority;u=other]] had suspended service until at least {{May 11}}. Since {{November 2023}},
the Houthis have fired [[more than 400 missiles and drones|other;a=the army;n=missiles and
drones]] at Israel, the army says. Stranded travellers, [[some 4,000|other]] of them by
the evening, crowded the departures hall. El Al said it had flown home
[[some 6,000 passengers|returned;a=El Al]] stranded abroad within {{three days}}.
""",
)

item(
    "Drone from Yemen kills man in Tel Aviv apartment",
    """
[[One man|killed]], a {{50-year-old}} resident, was killed when a drone launched from Yemen
hit an apartment building near the US embassy branch office in Tel Aviv at about
{{3:10 a.m.}} on {{July 19}}. [[Ten people|injured;a=Magen David Adom]] were lightly hurt by
glass, Magen David Adom said. The army said the drone, an Iranian-made {{Samad-3}}, had been
detected but not intercepted because of human error. The municipality said
[[four apartments|housing;a=The municipality]] were wrecked and [[nine families|displaced;a=The
municipality]] moved to a hotel. Israel struck the port of Hodeidah the next day with
[[dozens of warplanes|other]]; Houthi health officials said [[at least six people|killed;a=Houthi
health officials]] were killed and [[more than 80|injured;a=Houthi health officials]] wounded.
""",
)

item(
    "Sderot: from an empty city to the first returns",
    """
Sderot, a city of [[about 30,000 residents|civilians]] a mile from Gaza, was emptied after
gunmen seized its police station on {{October 7}}, killing [[nine officers|killed]] and
[[at least 20 civilians|killed]]. The municipality said [[some 25,000|displaced;a=The
municipality]] left within {{two weeks}} under a government evacuation to hotels in Eilat,
the Dead Sea and Tel Aviv, and that [[about 80 rockets|other;a=The municipality]] struck the
city in October alone. By {{March 2024}}, [[about 18,000|returned;a=Mayor Alon Davidi]] had
come back, Mayor Alon Davidi said, and [[14 of the city's 22 schools|other;u=structure]]
had reopened.
""",
)

item(
    "First year of fire, in numbers",
    """
In the {{first year}} after {{October 7}}, [[about 13,400 rockets and mortar bombs|other;u=other;a=the
military;n=rockets and mortar bombs]] were fired from Gaza, the military said in an annual
summary. It counted [[12,400|other;u=other;a=the military]] launched from Lebanon,
[[about 60|other;u=other;a=the military]] from Yemen and [[some 180|other;u=other;a=the military]] from Iran, alongside [[more than 1,300 drones|other;a=the military]]. The
summary put the interception rate at about {{90%}} for rockets heading for populated areas.
Rocket, missile and drone fire killed [[about 60 people|killed;a=the Home Front Command]] in Israel over the year,
according to the Home Front Command, and damaged
[[several thousand buildings|housing;a=the Home Front Command]].
""",
)

item(
    "Seven Haifa residents held on suspicion of spying for Iran",
    """
The Shin Bet and police said they had arrested [[seven Israelis|arrested;a=The Shin Bet and
police]] from Haifa, among them [[two minors|arrested;a=The Shin Bet and police]], on suspicion
of carrying out tasks for Iranian intelligence. The suspects photographed [[some 600
sites|other;a=investigators]], including bases and the Nevatim air base, investigators said,
and were paid about {{$100,000}} in cryptocurrency. The Shin Bet said
[[more than 30 Israelis|arrested;a=The Shin Bet]] had been detained in similar cases since
{{2024}}, and that indictments had been filed against [[25|arrested;a=The Shin Bet]]. The
youngest of those held was {{aged 16}}.
""",
)

item(
    "Police arrest 11 for posting missile impact footage",
    """
Police said they had arrested [[11 people|arrested;a=Police]] since {{Friday}} for filming and
posting the locations of missile impacts and interceptions, which the military censor
forbids. [[Three|arrested;a=police]] were East Jerusalem residents and [[two|arrested;a=police]]
were foreign journalists, police said; the journalists were later released. The censor said
it had asked platforms to remove [[about 1,200 videos|other;a=The censor;alt=the military censor;u=other]] in the
{{first week}} of the war with Iran. Under emergency rules, violators face up to {{three
years}} in prison. [[Four of the suspects|arrested;v=4]] were held for a further {{five days}}
by a Tel Aviv court.
""",
)

item(
    "What an interception costs",
    """
Each {{Arrow 3}} interceptor costs about {{$3 million}}, while an Iron Dome Tamir missile
costs about {{$50,000}}, according to estimates published by the Institute for National
Security Studies. The Iron Beam laser, declared operational in {{December 2025}}, costs a few
dollars a shot and works up to about {{10 km}}. Defence Ministry Director-General Amir Baram
said output of interceptors had tripled since {{2023}}. Finance officials say the {{12-day}}
war with Iran cost the state about {{NIS 22 billion}}, or roughly {{1%}} of GDP.
""",
)

item(
    "Home Front Command trims warning times and eases rules",
    """
Residents of Tel Aviv have {{90 seconds}} to reach a protected space after a siren, those of
Beersheba {{one minute}} and those of Sderot only {{15 seconds}}, the Home Front Command said
on {{Tuesday}}. From {{6 a.m.}} schools in the centre may reopen if a shelter lies within
{{one minute}} of each classroom. The command said early alerts would now come about {{10
minutes}} before a launch from Iran, and that about {{85%}} of the public received them on
their phones. Shelters must stay open {{24 hours}} a day until {{June 30}}.
""",
)

item(
    "MDA: 24 killed and 1,200 hurt in Iranian strikes",
    """
Iranian missile fire has killed [[24 people|killed;a=Magen David Adom]] in Israel since
{{June 13}}, Magen David Adom said on {{Monday}}, and [[more than 1,200|injured;a=Magen David
Adom]] have been taken to hospital, [[about 20|injured;a=Magen David Adom]] of them in serious
condition. The Health Ministry said [[about 9,000 people|displaced;a=The Health Ministry]]
had been left without a home to return to, most in Bat Yam, Rishon LeZion, Tel Aviv and
Beersheba. The Israel Tax Authority has received [[more than 30,000 claims|other;u=other;a=The Israel
Tax Authority]] for property damage, among them [[some 2,500 buildings|housing;a=The Israel
Tax Authority]], it said. Engineers have declared [[around 300 apartments|housing]] unfit to
live in.
""",
)

item(
    "Rocket hits Ashkelon street; Barzilai moves patients underground",
    """
[[Two people|killed;a=police]] were killed and [[a dozen|injured;a=police]] hurt when a
rocket from Gaza hit a residential street in Ashkelon on {{October 9}}, police said.
[[Three cars|other]] were set alight and [[one house|housing]] was badly damaged. Barzilai
Medical Center said it had treated [[more than 700 wounded|injured;a=Barzilai Medical Center]]
since the attack on the south began, and had moved [[about 200 patients|displaced;a=Barzilai
Medical Center]] to its underground wards. Ashkelon has [[some 150,000 residents|civilians]],
{{about a third}} of whom lack a safe room at home.
""",
)

item(
    "Drone from Yemen hits Eilat hotel that housed evacuees",
    """
A drone launched from Yemen hit a hotel in Eilat on {{Wednesday}}, wounding [[22 people|injured;a=Magen
David Adom]], [[two|injured;a=Magen David Adom]] of them seriously, Magen David Adom said. The
hotel had until recently housed families evacuated from the Gaza border communities. The city
said [[some 20 hotels|capacity;a=The city;alt=Eilat;u=structure]] still housed [[about 4,000
evacuees|displaced;a=The city;alt=Eilat]], down from [[more than 40,000|displaced]] at the peak in late
{{2023}}. The army said [[four drones|other;a=The army]] had been launched at the city that
day and [[three|other;u=other;a=The army]] intercepted.
""",
)

item(
    "Four soldiers killed in rocket fire on Kerem Shalom crossing",
    """
Hamas fired [[14 rockets|other;a=the army]] at the Kerem Shalom crossing on {{Sunday}},
killing [[four soldiers|killed;a=the army]] and wounding [[10|injured;a=the army]], the army
said. The crossing, through which [[about 200 aid trucks a day|aid]] had entered Gaza in the
previous week, was closed for {{three days}}.
[[Two of the wounded|injured;a=Soroka Medical Center]] were in serious condition, Soroka Medical
Center said. The military said the rockets were fired from
near a shelter for displaced people in Rafah, about {{350 metres}} from the crossing. The UN
said [[dozens of trucks|aid;a=The UN]] were left waiting on the Egyptian side.
""",
)

item(
    "Missile hits Soroka hospital in Beersheba",
    """
An Iranian missile struck an old surgical building at Soroka Medical Center in Beersheba on
{{Thursday}} morning, lightly injuring [[about 40 people|injured;a=the hospital;alt=Soroka Medical Center]], the hospital
said. Staff had moved [[some 200 patients|displaced;a=the hospital;alt=Soroka Medical Center]] from the building to
protected wards the day before, it said. [[Three buildings|housing]] on the campus were
damaged. Soroka had treated [[more than 70 wounded|injured;a=Soroka]] from Iranian missile
fire since the war began, Soroka said, and had sent [[about 150 patients|displaced]] to other
hospitals. Elsewhere in the city, [[two residents|injured]] were hurt by shrapnel.
""",
)
