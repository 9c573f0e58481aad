"""The north under Hezbollah fire: evacuation, damage, the long wait and the return (17 items, 2
without a figure)."""

from _wrap import item

item(
    "Government orders evacuation of border communities in the north",
    """
The government ordered the evacuation of [[28 communities|displaced;u=other]] within {{2 km}}
of the Lebanese border on {{October 16}}, the Defence Ministry said, as Hezbollah fire spread
along the frontier. It said [[about 60,000 residents|displaced;p;a=the Defence Ministry]] would
eventually leave the area under state-funded arrangements. Kiryat Shmona, which was not on
the first list, told its [[22,000 residents|displaced;p]] to leave {{four days}}
later. [[Hundreds of families|displaced]] moved into hotels in Tiberias and on the Sea of
Galilee that week. The Tourism Ministry said
[[between 180 and 200 hotels|capacity;u=structure;a=The Tourism Ministry]] across the country
were taking in evacuees from the north and the south. Across the south, [[some 25
communities|displaced;u=other]] within {{7 km}} of Gaza had already been emptied of
[[about 65,000 people|displaced]].
""",
)

item(
    "Rocket kills 12 children on Majdal Shams football pitch",
    """
A rocket fired from Lebanon struck a football pitch in the Druze town of Majdal Shams on
{{July 27, 2024}}, killing [[12 children|killed;a=the military]] {{aged between 10 and 16}},
the military said. Magen David Adom said [[more than 30 people|injured;a=Magen David Adom]]
were hurt, [[eight|injured;a=Magen David Adom]] of them seriously. The army blamed Hezbollah,
which denied firing at the town. [[Some 20 rockets|other;a=the army]] were launched at the
Golan Heights in the barrage, the army said. Majdal Shams, a town of [[about 11,000
people|civilians]], buried its dead the next day as [[thousands of mourners|other]] filled the streets. The army said it struck [[10 Hezbollah targets|other;a=The army;u=other]] in
response.
""",
)

item(
    "Kiryat Shmona counts its damaged homes",
    """
[[More than 1,000 homes|housing;a=the municipality]] in Kiryat Shmona were damaged by rockets
and drones during the war, the municipality said, [[some 70|housing;u=structure;a=the municipality]] of
them beyond repair. [[Only about 6,000 residents|civilians]] stayed in the city
through the fighting, most of them elderly or in essential jobs. Mayor Avichai Stern said
[[up to 300 families|returned;p;a=Mayor Avichai Stern]] could return in the first month if
the state paid for repairs upfront. The city's [[26 schools|other]] have been closed since
{{October 2023}}. Compensation so far stands at {{NIS 240 million}}, the Israel Tax Authority said.
[[About 2,200 families|returned;a=the municipality]] had come back by {{June 2025}}, the municipality
said.
""",
)

item(
    "Cabinet sets date for northern evacuees to go home",
    """
The cabinet approved a plan on {{Sunday}} for the return of [[about 60,000
evacuees|returned;p;a=The cabinet]] to the north from {{March 1}}, {{three months}} after the
ceasefire with Hezbollah took effect. Under the plan, [[some 11,000 families|aid;p]] will be
eligible for a return grant of up to {{NIS 100,000}}. The Northern Task Force said
[[about 20,000|returned;a=The Northern Task Force]] had already gone home since the truce,
most of them to communities more than {{5 km}} from the border. Hotels will go on hosting
[[as many as 8,000 people|displaced;p;a=the Tourism Ministry]] until the end of the school
year, the Tourism Ministry said. The army said [[some 900 reservists|combatants;p;a=The army]]
would be assigned to civil defence squads in the returning communities. In Kibbutz Manara,
which sits on the border ridge, [[more than 70 homes|housing]] were hit.
""",
)

item(
    "In Metula, fewer than 400 have come back",
    """
Metula, the northernmost town in Israel, was home to [[about 1,700 people|civilians;a=council
head David Azoulai]] before the war; [[fewer than 400|returned;a=council head David Azoulai]]
have come back, council head David Azoulai said in {{June 2025}}. Azoulai said
[[about 150 homes|housing;a=Azoulai]] had been hit, [[40|housing;u=structure;a=Azoulai]] of them
destroyed, and that [[12 farm buildings|housing]] and the town's sports centre had burned. The
Tekuma-style authority for the north has yet to begin work, he said. [[Two Thai
workers|injured]] were hurt in the town's orchards in {{2024}} by an anti-tank missile. The council said
[[about 80 families|returned;p;a=The council]] had signed up to come back in the summer.
""",
)

item(
    "Hezbollah's fire in numbers after 14 months",
    """
Hezbollah and its allies fired [[more than 16,000 rockets, missiles and drones|other;a=the
military;n=rockets, missiles and drones]] at Israel between {{October 8, 2023}} and the
ceasefire of {{November 27, 2024}}, the military said. The attacks killed [[45
civilians|killed;a=the military]] and [[more than 70 soldiers|killed;a=the military]] in the
north and the Golan, it said. At the height of the fighting, the army massed
[[tens of thousands of troops|combatants]] on the border, most of them
reservists, before its ground incursion into southern Lebanon in
{{October 2024}}. Hezbollah fire damaged [[about 9,000 buildings|housing;a=the Israel Tax
Authority]] in Israel, according to the Israel Tax Authority. Across the border, Lebanese
authorities said [[more than 1 million people|displaced;a=Lebanese authorities]] had fled
their homes in the autumn of {{2024}}.
""",
)

item(
    "Tiberias hotels turned into a city of evacuees",
    """
At the peak of the evacuation, [[46 hotels|capacity;a=the city;alt=Tiberias;u=structure]] in
Tiberias housed [[some 12,000 evacuees|displaced;a=the city;alt=Tiberias]], the city said.
The hotels set aside [[about 3,500 rooms|capacity;u=other]] and [[six guesthouses|capacity;u=structure]]
were rented whole. The Education Ministry opened [[14 temporary schools|other]] for
[[2,300 to 2,500 evacuee children|displaced]]. In {{2025}}, with the return under way,
[[only nine hotels|capacity;u=structure;a=the Tourism Ministry]] were still hosting evacuees, the Tourism Ministry
said.
""",
)

item(
    "Food charities feed the north's evacuees and those who stayed",
    """
Latet, Israel's largest food charity, said it had delivered
[[more than 250,000 meals|aid;a=Latet]] and [[about 9,000 food parcels|aid;a=Latet]] to
evacuees and to residents who stayed in the north since {{October 2023}}. It said it now
supported [[1,200 households|aid;a=Latet]] in Kiryat Shmona alone. [[Some 1,500
volunteers|other]] took part, many of them reservists on leave. The Jewish Agency distributed
[[some 400 generators|aid;a=The Jewish Agency]] to farms and border kibbutzim, it said, and
[[60 to 80 mobile shelters|other;u=structure]] were placed at bus stops and farms.
""",
)

item(
    "Nahariya hit as 80 to 90 rockets fired at Haifa and Galilee",
    """
Hezbollah fired [[80 to 90 rockets|other;a=the army]] at Haifa, the Krayot and the western
Galilee on {{Sunday}}, the army said, the heaviest barrage in a week. In Nahariya,
[[five people|injured;a=Galilee Medical Center]] were hurt when a rocket hit a residential
street, Galilee Medical Center said. [[Two buildings|housing]] were badly damaged and
[[about 30 cars|other]] burned. Rambam Hospital in Haifa said it treated
[[14 wounded|injured;a=Rambam Hospital]] from the barrage. The Home Front Command closed
[[some 200 schools|other]] across the north until further notice. [[Hundreds of residents|displaced]] left for the centre of the country.
""",
)

item(
    "Foreign worker killed, two missing after missile hits orchard",
    """
An anti-tank missile fired from Lebanon hit an orchard near Margaliot on {{Monday}}, killing
[[one foreign worker|killed;a=police]], police said. [[Seven others|injured;a=Ziv Medical
Center]] were taken to Ziv Medical Center in Safed, [[two|injured;a=Ziv Medical Center]] of
them in serious condition, Ziv Medical Center said. [[Two more workers|missing;a=the
army;alt=IDF]] were missing for several hours until rescue teams found them in a nearby
ravine, the army said. The IDF said it had struck Hezbollah positions in [[three
villages|other]] in response. All the victims were from India, according to the Indian
embassy, which said [[some 30 of its nationals|civilians;a=the Indian embassy]] worked on
farms along the border.
""",
)

item(
    "Task Force: two-thirds of the north's evacuees are back",
    """
[[About 40,000|returned;a=the Northern Task Force]] of the [[some 60,000|displaced;a=the
Northern Task Force]] people evacuated from the north have gone home, the Northern Task Force
said in {{September 2025}}. [[Another 2,000 to 2,500 families|displaced;a=the Northern Task
Force]] remain in hotels or rented flats, it said. [[Twelve communities|other;u=other]]
within {{1 km}} of the border still have no residents at all. In Shtula, [[fewer than 100
children|returned;a=the moshav;alt=Shtula]] have come back, the moshav said, out of [[roughly
250|civilians;a=the moshav;alt=Shtula]] before the war. The task force plans to move
[[1,500 families|returned;p;a=The task force;alt=the Northern Task Force]] home by the end of
the year.
""",
)

item(
    "Army to keep troops at five hilltops in southern Lebanon",
    """
Israel will keep troops at [[five hilltop positions|other;p;a=a senior security official]] inside southern Lebanon after the
withdrawal deadline, a senior security official said on {{Monday}}. [[Some 5,000
troops|combatants;p;a=the official]] will remain along the border for the time being, including
[[three reserve brigades|combatants;p;u=other;a=the official]], according to the official. The official said
[[roughly 1,200 Hezbollah fighters|killed;a=The official]] had been killed in the
fighting since {{October 2023}}. The Lebanese health ministry has put the country's death toll at [[more than 4,000|killed;a=The Lebanese health ministry]].
Lebanon's government says [[about 100,000 Lebanese|displaced;a=Lebanon's government]] have been
unable to go back to border villages.
""",
)

item(
    "Shlomi and the border schools: classrooms in exile",
    """
Shlomi's [[1,100 pupils|displaced;a=the Education Ministry]] studied for {{two school years}}
in temporary classrooms in Nahariya and Akko, the Education Ministry said. [[About 180
teachers|displaced]] travelled with them. The ministry said [[32 schools|other;a=The
ministry;alt=the Education Ministry]] in the confrontation line had been closed, and
[[19|housing;a=The ministry;alt=the Education Ministry;u=structure]] had been hit. It plans to
reopen [[at least 25|other;p;a=the Education Ministry;u=structure]] by {{September 1}}. The
regional council said [[about 400 families|returned;a=The regional council]] had returned to
Shlomi since the ceasefire. [[Some 60 children|displaced]] still travel {{40 minutes}} each way
to class.
""",
)

item(
    "Police arrest nine over break-ins at evacuated homes",
    """
Police said they had arrested [[nine suspects|arrested;a=Police]] over a string of break-ins
at evacuated homes in Kiryat Shmona and the border moshavim. Residents reported
[[more than 40 burglaries|other;u=other]] since {{January}}, and [[12 vehicles|other]] were
stolen from empty driveways, police said. [[Four|arrested;a=police]] of those held were
residents of the area, police said. Kiryat Shmona's municipality said
[[about 6,500 residents|civilians;a=Kiryat Shmona's municipality]] were living in the city, and
[[some 1,800 families|displaced;a=Kiryat Shmona's municipality]] were still in hotels. The Northern District has assigned
[[an additional 60 officers|combatants;a=The Northern District]] to patrol the evacuated
zone, it said.
""",
)

item(
    "Drone hits Golani base near Binyamina; four soldiers killed",
    """
A Hezbollah drone struck the dining hall of a Golani Brigade training base near Binyamina on
{{October 13, 2024}}, killing [[four soldiers|killed;a=the army]], the army said. Magen David
Adom said [[more than 60 people|injured;a=Magen David Adom]] were wounded,
[[seven|injured;a=Magen David Adom]] of them seriously. The base trains
[[hundreds of recruits|combatants]] at a time. Hezbollah said it had launched
[[two drones|other;a=Hezbollah]] and [[dozens of rockets|other;a=Hezbollah]] to distract air
defences. The army said [[one|other;a=The army;u=other]] had been tracked, then lost.
""",
)

item(
    "Mount Hermon reopens for skiing after two winters",
    """
The Mount Hermon ski site reopened on {{January 4}} for the first time since {{2023}}, with
runs up to {{2,040 metres}} above sea level. Tickets cost {{NIS 290}}, {{20%}} more than in
{{2022}}, the operator said. The site lies {{8 km}} from the Lebanese border. Sales are
limited to a {{7 a.m.}} to {{3 p.m.}} window, and the site will close if the Home Front
Command raises the alert level above {{three}}.
""",
)

item(
    "Northern recovery plan: five years and NIS 15 billion",
    """
The government approved a {{five-year}} plan worth {{NIS 15 billion}} to rebuild the north on
{{Sunday}}, with {{NIS 4.2 billion}} for infrastructure and {{NIS 1.1 billion}} for
agriculture. Officials say the north's economy shrank by about {{18%}} in {{2024}}. The plan's
first tenders are due by {{April 2025}}. It sets a target of raising the share of homes with
a safe room to {{95%}} by {{2030}}.
""",
)
