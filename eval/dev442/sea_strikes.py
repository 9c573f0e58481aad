"""dev442 items: the Red Sea and beyond, 2023-2026: the Houthis' attacks on shipping, on Israel
and on Saudi Arabia, and the US, British and Israeli strikes on Sanaa, Hodeidah and Saada
(17 texts, 2 without figures)."""

from _wrap import item

item(
    "US and British jets strike Houthi targets across Yemen",
    """
WASHINGTON/SANAA - US and British warplanes and warships struck [[more than 70 targets|other;a=US
Central Command;u=other]] at [[18 sites|other;a=US Central Command]] across Houthi-held Yemen
overnight, US Central Command said on Friday, using [[over 100 precision-guided
munitions|other;a=US Central Command]] fired from aircraft, ships and a submarine. The Houthis'
military spokesman said [[five fighters|killed;a=The Houthis' military spokesman]] had been
killed and [[six|injured;a=The Houthis' military spokesman]] wounded in [[73 raids|other;a=The
Houthis' military spokesman;u=other]] on Sanaa, Hodeidah, Taiz, Hajjah and Saada. He vowed that
the attacks on shipping would go on. CENTCOM said the Houthis had attacked [[27 commercial
vessels|other;a=CENTCOM;u=other]] in the Red Sea and the Gulf of Aden since {{Nov 19}}, when
they seized a car carrier and its crew.
""",
)

item(
    "Bulk carrier sinks after two-day Houthi assault",
    """
ATHENS/DUBAI - The Liberian-flagged bulk carrier Sea Meridian sank in the Red Sea on Wednesday
after {{two days}} of attacks by Houthi speedboats and drones, the EU naval mission Aspides said.
Aspides said a passing tanker had pulled [[10 crew members|other;a=Aspides]] from the water, that
[[four|killed;a=Aspides]] were confirmed dead and that [[11|missing;a=Aspides]] were still
missing. The Houthis' military spokesman, Yahya Saree, said his forces had "rescued"
[[seven|kidnapped;a=Yahya Saree]] of the crew and taken them to a safe place in Yemen, which the
ship's Greek manager called a kidnapping. The {{57,000-tonne}} vessel, built in {{2013}}, was the
{{second}} ship sunk in a week, after the Horizon Star, whose [[22 crew|other]] were all picked up
by a passing container ship. The mission said [[more than 100 merchant ships|other;a=The
mission;alt=the EU naval mission Aspides]] had been attacked since {{November 2023}}.
""",
)

item(
    "Missile from Yemen intercepted over central Israel",
    """
JERUSALEM - The Israeli military said it intercepted a ballistic missile launched from Yemen at
{{03:40}} on Thursday, the latest of [[more than 60 ballistic missiles|other;a=The Israeli
military]] and [[at least 15 drones|other;a=The Israeli military]] it says the Houthis have fired
at Israel since {{March 18}}. Magen David Adom said [[14 people|injured;a=Magen David Adom]] were
lightly hurt while running to shelters, among them a {{70-year-old}} woman. The missile was
brought down by an {{Arrow 3}} interceptor outside the atmosphere. In May a missile fell near Ben
Gurion airport, injuring [[six people|injured]] and leaving a crater {{25 metres}} wide. The
Houthis' military spokesman, Yahya Saree, said the group had launched [[three missiles|other;a=Yahya
Saree]], including a "hypersonic"
{{Palestine-2}}, at Tel Aviv and Haifa. The Israel Airports Authority said [[about 20 foreign
airlines|other;a=The Israel Airports Authority;u=other]] had suspended flights after the May
strike.
""",
)

item(
    "Israeli jets hit Sanaa airport and Hodeidah port",
    """
SANAA - Israeli warplanes struck Sanaa's international airport on Tuesday, destroying [[six
passenger aircraft|other;a=the airport's director]] of the national carrier Yemenia, the
airport's director said, hours after a Houthi missile landed near Ben Gurion airport. The
Houthi-run health ministry said [[three people|killed;a=The Houthi-run health ministry]] were
killed and [[38|injured;a=The Houthi-run health ministry]] wounded in the strikes on the airport,
a power station and the Bajil cement plant. The Israeli military said [[about 20 fighter
jets|other;a=The Israeli military;u=other]] had dropped [[more than 50 munitions|other;a=The
Israeli military]] on targets some {{2,000 km}} from Israel. It was the {{fourth}} Israeli strike
on Hodeidah's port since {{July 2024}}. The airport had been handling [[six flights a
week|other;a=Yemenia]] to Amman, according to Yemenia, and [[about 1,300 pilgrims|other;a=the airline;alt=Yemenia]]
who were due to fly to Jeddah are now stranded, the airline said.
""",
)

item(
    "US strike on Ras Isa fuel port kills dozens",
    """
HODEIDAH - US strikes on the Ras Isa fuel terminal north of Hodeidah killed [[at least 80
people|killed;a=the Houthi-run health ministry]] and wounded [[171|injured;a=the Houthi-run
health ministry]], the Houthi-run health ministry said on Friday, in the deadliest single attack
of the US campaign that began on {{March 15}}. CENTCOM said US forces had struck [[more than 1,100
targets|other;a=CENTCOM;u=other]] since the campaign began and killed [[hundreds of Houthi
fighters|killed;a=CENTCOM]], among them senior commanders. The monitoring group Airwars said it
had documented [[at least 224 civilian deaths|killed;a=The monitoring group Airwars]] in the
{{first six weeks}}. The Houthis said they had shot down [[seven|other;a=The Houthis;u=other]]
of the US military's {{MQ-9}} Reaper drones, each worth about {{$30 million}}, since March.
[[About 2,000 people|displaced;a=the International Organization for Migration]] fled Ras Isa and
nearby Salif in the following days, according to the International Organization for Migration.
""",
)

item(
    "Missile strike kills three seafarers off Aden",
    """
ADEN, Yemen - A Houthi anti-ship ballistic missile struck the Barbados-flagged bulk carrier Coral
Dawn about {{50 nautical miles}} off Aden on Wednesday, killing [[three seafarers|killed;a=US
Central Command]], the {{first}} crew deaths of the Houthi campaign, US Central Command said.
[[At least four others|injured]] were badly burned. An Indian navy warship took off [[20 crew
members|other;a=the Indian navy]] and [[three armed guards|other;a=the Indian navy]] and flew the
wounded to Djibouti, the Indian navy said in a statement. The ship's manager said the vessel had
been carrying steel and trucks from China to Saudi Arabia. Shipping data show [[about 2,000
ships|other;a=Shipping data]] have diverted around the Cape of Good Hope since December, adding
about {{10 days}} to a voyage between Asia and Europe.
""",
)

item(
    "Red Sea detours keep freight rates high",
    """
LONDON - Rates for shipping a {{40-foot}} container from Shanghai to Rotterdam rose {{4%}} this
week to {{$4,200}}, more than double their level before the Red Sea attacks began in late
{{2023}}, according to the Drewry index. Sailing around Africa adds some {{3,500 nautical miles}}
and {{10 to 14 days}} to the voyage, and burns about {{$1 million}} more in fuel on a large
vessel. Suez Canal revenue fell to {{$4 billion}} last year, down from a record {{$10.25
billion}} in {{2023}}, Egypt's canal authority said. Analysts at Maersk said they expected the
detours to last well into {{2026}}.
""",
)

item(
    "Drone kills man in Tel Aviv, Israel bombs Hodeidah",
    """
TEL AVIV/HODEIDAH - A Houthi drone that flew some {{2,600 km}} from Yemen struck an apartment
building in central Tel Aviv before dawn on Friday, killing [[one man|killed;a=police]] and
wounding [[eight people|injured;a=police]], police said. [[30–40 families|displaced;a=the
municipality]] were evacuated from the building and nearby blocks, the municipality said. A day later Israeli jets struck
Hodeidah port, setting fuel tanks ablaze, and the Houthi-run health ministry said [[six
people|killed;a=the Houthi-run health ministry]] were killed and [[87|injured;a=the Houthi-run
health ministry]] injured, most of them with severe burns. The Israeli army said [[dozens of
aircraft|other;a=The Israeli army]] took part in the raid, flying some {{1,700 km}} each way. It
said the Houthis had launched [[more than 220 missiles and drones|other;a=The Israeli army;n=missiles
and drones]] at Israel since {{October 2023}}, almost all of them intercepted or falling short.
""",
)

item(
    "Strikes hit Sanaa market, Saba reports",
    """
SANAA - US air strikes hit a crowded market and residential blocks in Sanaa's Shuub district on
Sunday night, killing [[at least 12 people|killed;a=the Houthis' Saba news agency]] and
injuring [[30|injured;a=the Houthis' Saba news agency]], the Houthis' Saba news agency reported,
citing the health ministry. Rescue workers said [[four houses|housing;a=Rescue workers]] had
collapsed and [[dozens of shops|housing;a=Rescue workers]] were burned. A day earlier, Saba said,
strikes on the Bani Hushaish area killed [[three farmers|killed;a=Saba]]. [[About 150
families|displaced;a=a local council official]] have left Shuub since the strikes began, a local
council official told Reuters. CENTCOM said it was
reviewing the reports. Yemen's Houthi-run health ministry says [[more than 250
people|killed;a=Yemen's Houthi-run health ministry]] have been killed in US strikes since
mid-March, a figure US officials dispute. The campaign had cost more than {{$1 billion}} in its
{{first month}}, US officials told CNN.
""",
)

item(
    "The shipping war in numbers",
    """
The Joint Maritime Information Center counts [[134 attacks|other;a=The Joint Maritime Information
Center;u=other]] on merchant vessels by the Houthis between {{November 2023}} and {{December
2024}}: [[112|other;a=The Joint Maritime Information Center;u=other]] with missiles or drones,
[[14|other;a=The Joint Maritime Information Center;u=other]] by small boats and
[[eight|other;a=The Joint Maritime Information Center;u=other]] attempted boardings. [[Two
ships|other]] were sunk and [[one|other;u=other]], the car carrier seized in the {{first}} week,
is still moored off Hodeidah. [[Four seafarers|killed]] were killed. Traffic through the Bab
el-Mandeb fell from [[about 72 ships a day|other;a=the IMF's PortWatch]] in {{2023}} to [[fewer
than 30|other;a=the IMF's PortWatch;u=other]] a year later, according to the IMF's PortWatch. Insurers say [[as many as 200 vessels a
month|other;a=Insurers;u=other]] still make the passage, most of them with links to China or Russia.
""",
)

item(
    "Israeli strikes on Red Sea ports kill dockworkers",
    """
HODEIDAH - Israeli warplanes struck the ports of Hodeidah, Ras Isa and Salif on Monday, and the
Hodeidah port authority said [[two workers|killed;a=the Hodeidah port authority]] had been killed
and [[dozens of dockworkers|injured;a=the Hodeidah port authority]] wounded. The strikes
destroyed [[three cranes|other;a=a port official;u=other]] at the main berth, a port official
told Reuters. The UN Verification and Inspection Mechanism, which screens ships bound for
Houthi-held ports, said it had cleared [[11 vessels|other;a=The UN Verification and Inspection
Mechanism;u=other]] in the previous fortnight. The World Food Programme said a ship carrying
[[24,000 tonnes|aid;a=The World Food Programme]] of wheat, enough to feed [[1.4 million
people|aid;a=The World Food Programme;p]] for a month, was waiting to berth off Hodeidah. [[Hundreds of families|displaced]] living near the port fled to relatives inland. Israel said
the ports were used to bring in Iranian weapons, which the Houthis deny.
""",
)

item(
    "Saudi air defences down missiles and drones over Jazan",
    """
RIYADH - Saudi air defences intercepted [[two ballistic missiles|other;a=the coalition]] and
[[nine explosive-laden drones|other;a=the coalition]] fired at Jazan and Khamis Mushait on Sunday,
the coalition said, and falling debris wounded [[five people|injured;a=the coalition]],
[[two|injured;a=the coalition]] of them children. The coalition's spokesman, Brigadier General
Turki al-Maliki, said the Houthis had fired [[more than 400 ballistic missiles|other;a=Turki
al-Maliki]] and [[about 850 drones|other;a=Turki al-Maliki]] at the kingdom since {{March
2015}}, killing [[61 Saudi civilians|killed;a=Turki al-Maliki]]. In {{September 2019}}, drones
and missiles hit Aramco's Abqaiq plant and briefly cut {{5.7 million barrels per day}} of
output, about {{half}} of the kingdom's production. Sudan, once the coalition's largest ground
contributor, kept [[as many as 14,000 troops|combatants;a=Sudanese officials]] in Yemen at the
peak, Sudanese officials have said.
""",
)

item(
    "Houthi prime minister among dead in Israeli strike",
    """
SANAA - The Houthis said on Saturday that the prime minister of their government, Ahmed
al-Rahawi, and [[at least nine ministers|killed;a=The Houthis]] were killed in an Israeli strike
on a meeting in Sanaa on Thursday. Israel's military said its jets had hit [[a dozen
targets|other;a=Israel's military;u=other]] in the capital, including the meeting place and
[[two presidential compounds|other;a=Israel's military;u=other]]. [[Tens of thousands of
mourners|other]] filled Tahrir Square for the funeral on Sunday. In a separate strike on a
military compound in Dhamar, [[12 guards|killed;a=the Houthi-run health ministry]] were killed
and [[17|injured;a=the Houthi-run health ministry]] injured, according to the Houthi-run health
ministry.
""",
)

item(
    "Houthis say they will halt Red Sea attacks as Gaza truce takes hold",
    """
SANAA - The Houthis said on {{Jan 19}} that they would stop attacking ships in the Red Sea
"except those wholly owned by Israel" once the ceasefire in Gaza took effect at {{08:30}} local
time. The group had waged its campaign for {{15 months}}, and said it would watch the {{42-day}}
first phase of the truce closely. Shipping companies said they would wait at least {{two
months}} before sending vessels back through the Bab el-Mandeb. Insurance premiums for the
route, which rose to {{1%}} of a ship's value at the height of the attacks, fell to about
{{0.7%}} on the news.
""",
)

item(
    "EU mission counts its first year in the Red Sea",
    """
BRUSSELS - The EU's naval mission in the Red Sea, Aspides, has escorted [[more than 370 merchant
ships|other;a=the mission's commander]] through the Bab el-Mandeb since it was launched in
{{February 2024}}, the mission's commander said on Tuesday. Its [[four frigates|other;a=the
mission's commander;u=other]] and [[about 700 sailors|combatants;a=the mission's commander]] had
shot down [[18 drones|other;a=the mission's commander]] and [[four missiles|other;a=the mission's
commander]], he said. The mission says that [[fewer than 10 EU-flagged ships|other;a=The
mission;alt=Aspides]] now use the route each week, down from [[about 60|other;a=The
mission;alt=Aspides;u=other]] before the attacks. Its mandate was extended by a year in
{{February 2025}}.
""",
)

item(
    "Carrier jets down wave of Houthi drones",
    """
ABOARD USS EISENHOWER, Red Sea - US Navy {{F/A-18}} jets and destroyers shot down [[21
drones|other;a=the Pentagon]], [[three anti-ship cruise missiles|other;a=the Pentagon]] and
[[one anti-ship ballistic missile|other;a=the Pentagon;u=other]] launched by the Houthis toward shipping
lanes on Tuesday night, the Pentagon said. It was the largest single Houthi attack so far, and no
ship was hit. [[Around 6,000 sailors|combatants]] serve on the carrier and its escorts, which
have spent more than {{seven months}} at sea. The Navy has fired [[about 220 missiles|other;a=the
Navy]] at Houthi targets and drones since October, the Navy says, at a cost of more than {{$1
billion}}.
""",
)

item(
    "Greek tanker burns for weeks after Houthi boarding",
    """
The Greek-flagged tanker Delos Spirit was still burning in the Red Sea on Thursday, {{three
weeks}} after Houthi fighters boarded it and set off explosives on its deck, the EU mission
Aspides said. The [[23 Filipino and Russian crew members|other;n=crew
members]] and [[four private security guards|other]] had been taken off
by a French destroyer before the boarding. A salvage team of [[about 40 salvors|other;a=the
ship's manager]] and [[three tugs|other;a=the ship's manager;u=other]] was on its way, the ship's
manager said. The Houthis released a video of the boarding and said they had set off
[[three|other;a=The Houthis;u=other]] charges on the deck.
""",
)
