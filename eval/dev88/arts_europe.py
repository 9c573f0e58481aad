"""dev88 items: Europe (Ukraine and Russia, Poland and Belarus, Greece, Kosovo), and one item
without a figure."""

from _wrap import item

item(
    "AP investigation puts Mariupol theatre toll near 600",
    """
The Russian air strike on the Drama Theatre in Mariupol on {{16 March}} killed [[as many as 600
people|killed;a=an Associated Press investigation]], close to double the city council's estimate,
according to an Associated Press investigation. The council had put the toll at [[around
300|killed;a=The council]]. Survivors said [[upwards of 1,000 people|displaced;a=Survivors]] had
been sheltering in the building, whose grounds were marked with the Russian word for 'children'
in letters big enough to be seen from the air. Before the siege the port city had a population
of [[some 430,000|civilians]]. By the time it fell in May, city officials said [[more than 20,000
residents|killed;a=city officials]] had died and [[roughly 100,000|civilians;a=city officials]]
remained in the ruins.
""",
)

item(
    "Thousands evacuated as floodwaters spread below burst Kakhovka dam",
    """
Ukrainian authorities had evacuated [[about 2,700 people|displaced;a=the interior ministry]] from
flooded areas of Kherson region by Wednesday evening, the interior ministry said, as water from
the breached Kakhovka dam swamped [[some 80 settlements|other;u=other;a=the interior ministry]]
along the Dnipro. Russian-installed officials on the occupied left bank said [[more than
5,800|displaced;a=Russian-installed officials]] had been moved out. A week later they said the
dead on their side numbered [[41|killed;a=Russian-installed officials]]. Kyiv said its own toll
stood at [[32|killed;a=Kyiv]], with [[39 people|missing;a=Kyiv]] still missing. The reservoir,
which held {{18 cubic kilometres}} of water, supplied drinking water to [[around 700,000
people|civilians]] in southern Ukraine.
""",
)

item(
    "Moscow concert hall attack toll rises to 144",
    """
The number of people killed in the gun and arson attack on the Crocus City Hall concert venue
outside Moscow rose to [[144|killed;a=Russia's emergencies ministry]], Russia's emergencies
ministry said on Wednesday, after [[a further three victims|killed;a=Russia's emergencies
ministry]] died in hospital. Health officials said [[upwards of 550 people|injured;a=Health
officials]] had sought medical help, [[about 90|injured;a=Health officials]] of whom remained in
hospital. Investigators said they had detained [[11 people|arrested;a=Investigators]], among them
[[the four suspected gunmen|arrested;a=Investigators]], who were caught in the Bryansk region near
the border with Ukraine. [[Hundreds of Muscovites|other]] queued to give blood on Saturday.
""",
)

item(
    "Ukraine and Russia complete largest prisoner swap of the war",
    """
Ukraine and Russia each handed over [[390 soldiers and civilians|other;n=soldiers and
civilians]] on Friday in the {{first}} stage of an exchange agreed at talks in Istanbul.
President Volodymyr Zelensky said [[307 more|other;a=President Volodymyr Zelensky;n=-]] came home
on Saturday and that the exchange of [[1,000 prisoners|other;p;a=President Volodymyr Zelensky]]
on each side would be completed on Sunday. Ukraine's coordination headquarters for prisoners of
war said [[more than 4,700 Ukrainians|other;a=Ukraine's coordination headquarters for prisoners
of war]] had been freed in [[64 exchanges|other;u=other;a=Ukraine's coordination headquarters
for prisoners of war]] since {{February 2022}}, and that Russia still held [[thousands
more|arrested;n=-;a=Ukraine's coordination headquarters for prisoners of war]].
""",
)

item(
    "Iraq flies migrants home from Belarus as border standoff eases",
    """
An Iraqi Airways flight carrying [[431 Iraqis|returned]] landed in Erbil on Thursday night, the
{{first}} repatriation flight since [[thousands of migrants|displaced]] massed on Belarus's border
with Poland earlier this month. Belarusian officials said [[some 2,000
people|displaced;a=Belarusian officials]] had been moved from makeshift camps at the Bruzgi
crossing into a nearby logistics warehouse, where [[under 1,000|displaced;q=at_most;a=Belarusian
officials]] remained on Friday. Poland's defence ministry says [[more than 12,000
soldiers|combatants;a=Poland's defence ministry]] are guarding the frontier. Aid groups say [[at
least 11 people|killed;a=Aid groups]] have died in the forests on both sides of the border since
the summer, most of them from hypothermia. Poland's border guard has recorded [[about 33,000
attempts|other;u=other;a=Poland's border guard]] to cross illegally this year.
""",
)

item(
    "Hopes fade for hundreds missing after migrant boat sinks off Greece",
    """
Greek coastguard vessels rescued [[104 people|other;a=the coastguard]] and recovered [[78
bodies|killed;a=the coastguard]] after a fishing trawler packed with migrants capsized and sank
off Pylos early on Wednesday, the coastguard said. Survivors told UN officials there had been
[[up to 750 people|other;a=Survivors]] on board, among them [[about 100
children|other;a=Survivors]] in the hold. The UN refugee agency said [[as many as
500|missing;a=The UN refugee agency]] were unaccounted for. [[Nine Egyptian men|arrested]] have
been arrested on suspicion of people smuggling. Most of those aboard had paid {{$4,500}} or more
for the crossing from Tobruk in Libya to Italy, a journey of {{about five days}}.
""",
)

item(
    "Kosovo police kill three gunmen after monastery siege",
    """
Kosovo police said they had killed [[three of the attackers|killed;a=Kosovo police]] and arrested
[[two|arrested;a=Kosovo police]] after a day-long gun battle around the Banjska monastery in the
north of the country, in which a police sergeant was also killed. Prime Minister Albin Kurti said
[[about 30 heavily armed men|combatants;a=Prime Minister Albin Kurti]] had taken part in the
assault. Police said they had seized [[two dozen vehicles|other;a=Police]], [[a few dozen
rifles|other;a=Police]] and [[more than 20 rocket launchers|other;a=Police]] at the site. [[Some
45 pilgrims|civilians]] from Serbia were trapped inside the monastery for hours before police
escorted them out.
""",
)

item(
    "Germany sets out path to NATO's new spending goal",
    """
Germany plans to raise core defence spending to {{3.5%}} of economic output by {{2029}}, up from
about {{2.4%}} this year, Finance Minister Lars Klingbeil said on Tuesday. The draft budget puts
the defence ministry's allocation at {{€62.4 billion}} for {{2025}}, rising to {{€152.8
billion}} by the end of the decade, on top of a {{€100 billion}} special fund set up in
{{2022}}. NATO leaders agreed in The Hague in June to spend {{5%}} of GDP on defence and related
security by {{2035}}, of which {{3.5 percentage points}} must go to core military spending.
Klingbeil said the plan would lift Germany's debt ratio to about {{70%}} by {{2029}}.
""",
)
