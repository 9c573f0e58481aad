"""dev200 items: ports and ships under fire in the Black Sea and beyond (Odesa, the Danube, Mykolaiv,
Mariupol, Crimea, Hodeidah, Ras Isa, Port Sudan, Latakia), 2022-2025."""

from _wrap import item

item(
    "Missile strike on Odesa port kills eight, hits container ship",
    """
A Russian ballistic missile struck a civilian container ship being loaded at a port in Odesa
region on Wednesday night, killing [[eight people|killed;a=Oleh Kiper]] and wounding [[10
others|injured;a=Oleh Kiper]], Oleh Kiper, the regional governor, said. He said the dead
included port workers and [[one Syrian crew member|killed;a=Oleh Kiper]]. The Panama-flagged
Shui Spirit had arrived to load grain. Dmytro Pletenchuk, the navy's spokesman, said it was the
{{third}} strike on a civilian ship in {{four days}} and that Russian missiles had hit [[more
than 20 civilian vessels|other;u=other;a=Dmytro Pletenchuk]] since Ukraine's own corridor opened
in {{August 2023}}. The strike also damaged [[two warehouses|housing;u=structure]] and [[14
railway wagons|other;u=other]]. Port staff took cover in shelters built for [[up to 300 people|capacity]]. Rescuers were still searching for [[two people|missing;a=the
State Emergency Service]] under the rubble on Thursday morning, the State Emergency Service said.
""",
)

item(
    "Russian drones hit Danube port of Izmail, damaging grain silos",
    """
Russian drones struck the Danube river port of Izmail overnight, damaging [[a dozen grain
silos|housing;u=structure;a=Oleksandr Kubrakov]] and [[three warehouses|housing;u=structure;a=Oleksandr
Kubrakov]], Oleksandr Kubrakov, the infrastructure minister, said. He said about {{40,000
tonnes}} of grain bound for Africa, China and Israel had been destroyed. The Odesa regional
administration said [[seven port workers|injured;a=The Odesa regional administration]] were
being treated in hospital and that [[about 30 residents|displaced;a=The Odesa regional
administration]] of [[at least five damaged homes|housing;a=The Odesa regional administration]] nearby had been moved to a school. Ukraine's air force said
Russia had launched [[25 Shahed-type drones|other;a=Ukraine's air force]] at the region and that
[[22|other;u=other;a=Ukraine's air force]] had been shot down. Romanian border police said [[about
20 vessels|other;u=other;a=Romanian border police]] waiting to enter the Sulina channel had been
told to hold position. Izmail is only {{a few hundred metres}} across the river from Romania, a
NATO member.
""",
)

item(
    "Bangladeshi engineer killed as missile hits ship at Ukraine's Olvia port",
    """
[[One Bangladeshi seafarer|killed;a=Bangladesh Shipping Corporation]] was killed when a missile
struck the bulk carrier Banglar Samriddhi at the port of Olvia near Mykolaiv on Wednesday,
Bangladesh Shipping Corporation said. The state-owned company said [[the other 28 crew
members|displaced;a=The state-owned company;alt=Bangladesh Shipping Corporation]] had left the
burning ship and were sheltering in a bunker on shore. The dead man, the ship's {{third}}
engineer Hadisur Rahman, was {{29}}. The ship had been stuck at Olvia since Russia invaded on
{{24 February}}. The International Maritime Organization said [[about 2,000 seafarers|civilians;a=The
International Maritime Organization]] on [[94 ships|other;a=The International Maritime
Organization]] were trapped in Ukrainian ports. It said [[at least five merchant
ships|other;a=The International Maritime Organization]] had been hit since the invasion began.
The Banglar Samriddhi's [[28 surviving crew members|returned]] arrived home in Dhaka the following
week.
""",
)

item(
    "Russia says one sailor killed, 27 missing after Moskva sinking",
    """
Russia's defence ministry said on Friday that [[one serviceman|killed;a=Russia's defence
ministry]] had been killed and [[27 crew members|missing;a=Russia's defence ministry]] were
missing after the cruiser Moskva, flagship of the Black Sea Fleet, sank on {{14 April}}. It said
[[396 sailors|displaced;a=Russia's defence ministry]] had been evacuated before the ship went
down under tow in a storm. Ukraine said [[two Neptune missiles|other;a=Ukraine]] had hit the
cruiser. The ship's crew numbered [[about 500|combatants;a=Novaya Gazeta Europe]], according to
Novaya Gazeta Europe, which cited sailors' relatives. Families of conscripts said [[dozens of
sailors|missing;a=Families of conscripts]] remained unaccounted for weeks later. The Moskva was
the largest warship lost in combat since {{1982}}.
""",
)

item(
    "Grain deal ships wait off Istanbul as inspections slow",
    """
[[More than 100 vessels|other;u=other;a=the Joint Coordination Centre]] were waiting in Turkish
waters on Monday to be inspected under the Black Sea Grain Initiative, the Joint Coordination
Centre said. The centre said inspectors had cleared only [[five ships a day|other;a=The
centre;alt=the Joint Coordination Centre]] in {{May}}, against [[about 11|other;u=other;a=The
centre;alt=the Joint Coordination Centre]] in {{October}}. Ukraine accused Russia of deliberately
slowing the checks. Since the deal was struck in {{July 2022}}, [[more than 900 ships|other;a=the
UN]] have sailed from Odesa, Chornomorsk and Pivdennyi with {{30 million tonnes}} of food,
according to the UN. The World Food Programme said it had chartered [[eight ships|aid;a=The World
Food Programme]] under the deal to carry wheat to Ethiopia, Yemen, Afghanistan and Somalia. The
ITF estimated that [[about 1,800 seafarers|civilians;a=The ITF]] were aboard the waiting vessels.
""",
)

item(
    "Israeli jets strike Hodeidah port after Tel Aviv drone attack",
    """
Israeli warplanes struck fuel storage tanks and cranes at the Houthi-held port of Hodeidah on
Saturday, a day after a Houthi drone killed [[one man|killed]] in Tel Aviv. The Houthi-run health
ministry said [[six people|killed;a=The Houthi-run health ministry]] had been killed and
[[83|injured;a=The Houthi-run health ministry]] wounded, most of them port workers and
firefighters. Port officials said the fire, which burned for {{more than 48 hours}}, destroyed
[[two cranes|other;u=other;a=Port officials]] and [[about 20 fuel tanks|other;a=Port officials]] and damaged [[three warehouses|housing;u=structure;a=Port officials]].
The Israeli military said [[dozens of aircraft|other;a=The Israeli military]] had taken part in
the raid, about {{1,700 km}} from Israel. Aid agencies warned that the port handles about {{70%}}
of Yemen's imports, including most of its food and fuel.
""",
)

item(
    "US strikes on Ras Isa fuel port kill dozens, Houthis say",
    """
US air strikes on the Ras Isa fuel terminal in western Yemen killed [[80 people|killed;a=the
Houthi-run health ministry]] and wounded [[150|injured;a=the Houthi-run health ministry]], the
Houthi-run health ministry said on Friday, in the deadliest attack of Washington's campaign. Most
of the dead were port employees, tanker drivers and paramedics, the ministry said, and [[at least
30 workers|missing;a=the ministry]] were still missing. US Central Command said the strikes were
meant to cut off the Houthis' fuel supply and did not comment on casualties. [[Dozens of tanker
trucks|other]] were burned out on the quayside, and [[two storage buildings|housing]] collapsed. The Houthis said [[three tankers|other;a=The
Houthis]] moored at the terminal had been damaged. Ambrey said it had advised [[four
vessels|other;u=other;a=Ambrey]] to leave the anchorage.
""",
)

item(
    "Drones strike Port Sudan for third day, hitting fuel depots and port",
    """
Drones launched by the paramilitary Rapid Support Forces hit fuel depots, the container terminal
and a hotel near the army's headquarters in Port Sudan on Tuesday, the {{third}} day of attacks on
the Red Sea city. The army said its air defences had downed [[11 drones|other;a=The army]].
[[Hundreds of families|displaced;a=the International Organization for Migration]] living near the
southern port fled to villages along the coast, the International Organization for Migration
said. The city hosts [[about 240,000 displaced people|displaced;a=the IOM]] who fled fighting
elsewhere, according to the IOM. Sudan's port authority said [[three warehouses|housing;u=structure;a=Sudan's
port authority]] at the southern port had burned down and that [[about 15 ships|other;a=Sudan's
port authority]] had left the anchorage. Residents said [[about 40 homes|housing;a=Residents]] near the depots were damaged. The UN's humanitarian office said [[dozens of aid
trucks|aid;a=The UN's humanitarian office]] waiting at the port had been moved inland.
""",
)

item(
    "Israel strikes Syrian navy at Latakia and Minet el-Beida",
    """
Israeli warplanes struck the Syrian naval bases at Minet el-Beida and Latakia overnight,
destroying [[15 navy vessels|other;u=other;a=the Israeli military]], the Israeli military said.
The Syrian Observatory for Human Rights, a Britain-based war monitor, said Israel had carried
out [[more than 350 strikes|other;u=other;a=The Syrian Observatory for Human Rights]] on Syrian
military sites in {{48 hours}}. The monitor said [[at least six sailors|killed;a=The
monitor;alt=The Syrian Observatory for Human Rights]] had been killed at Minet el-Beida.
Residents said the blasts shattered windows in [[hundreds of homes|housing;a=Residents]] near
the port, where [[a dozen buildings|housing]] were flattened. A former officer said [[about 2,000 personnel|combatants;a=A former officer]] had
served at the bases before the government fell on {{8 December}}.
""",
)

item(
    "Strikes on Odesa after grain deal collapse damage port and old town",
    """
Russian missiles and drones hit Odesa's port and its historic centre for a {{third}} night on
Thursday, days after Moscow quit the Black Sea Grain Initiative. The regional administration said
[[two people|killed;a=The regional administration]] had been killed and [[at least
19|injured;a=The regional administration]] injured, among them [[four children|injured;a=The
regional administration]]. [[About 25 buildings|housing;a=the city council]] in the old town,
several of them on UNESCO's list, were damaged, the city council said. [[Nearly 40
families|displaced;a=the council]] were moved into temporary accommodation in [[two
schools|capacity;a=the council]], the council said. The air force said it had intercepted [[21
drones|other;a=The air force]]. The agriculture ministry said {{60,000 tonnes}} of grain had
been destroyed at the port of Chornomorsk.
""",
)

item(
    "Freighter hits mine off Odesa, two crew injured",
    """
A Panama-flagged bulk carrier hit a sea mine while heading into port near Odesa on Thursday,
injuring [[two crew members|injured;a=Ukraine's navy]], Ukraine's navy said. The ship, with [[21
seafarers|civilians]] aboard, reached port under its own power. It was the {{fourth}} merchant
ship to strike a mine in Ukrainian waters since {{August 2023}}, when Kyiv opened its own
corridor; in the {{first}} such blast, [[one harbour pilot|killed]] was killed. Turkey, Romania
and Bulgaria have run a joint mine-clearing group since {{January 2024}} with [[nine
minehunters|other;u=other]]. Ukrainian navy officials estimate that [[several hundred
mines|other;a=Ukrainian navy officials]] are still drifting or moored in the Black Sea. War-risk
premiums for ships calling at Ukrainian ports stand at about {{1%}} of hull value.
""",
)

item(
    "Ukraine says sea drones sank Russian landing ship off Crimea",
    """
Ukraine's military intelligence said its sea drones had sunk the Russian landing ship Tsezar
Kunikov off occupied Crimea early on Wednesday, in an attack involving [[at least six drone
boats|other;a=Ukraine's military intelligence]]. The ship normally carries [[87 crew|combatants]].
A Russian military blogger said [[at least 20 sailors|missing;a=A Russian military blogger]]
were missing. Russia's defence ministry did not comment. Ukraine says it has destroyed or damaged
[[more than 25 Russian warships|other;u=other;a=Ukraine]] since {{2022}}. British defence
intelligence said Russia had moved [[at least 10 warships|other;u=other;a=British defence
intelligence]] from Sevastopol to Novorossiysk, out of reach of most Ukrainian drones.
""",
)

item(
    "Seafarers' union counts crew killed on ships in Ukrainian ports",
    """
[[At least 16 seafarers|killed;a=the Marine Transport Workers' Trade Union of Ukraine]] have been
killed aboard merchant ships in Ukrainian ports since {{February 2022}}, the Marine Transport
Workers' Trade Union of Ukraine said. The union said [[more than 40|injured;a=The
union;alt=Marine Transport Workers' Trade Union of Ukraine]] had been injured, [[three|missing;a=The
union;alt=Marine Transport Workers' Trade Union of Ukraine]] were missing and [[about 60
vessels|other;u=other;a=The union;alt=Marine Transport Workers' Trade Union of Ukraine]] damaged by
missiles, drones or mines. Ukraine's infrastructure ministry said [[24 port workers|killed;a=Ukraine's
infrastructure ministry]] had been killed over the same period. [[Some 60,000 Ukrainian
seafarers|civilians]] worked on foreign ships before the war, but martial law bars most men aged
{{18 to 60}} from leaving the country. The union said [[about 1,500 seafarers|other;a=The
union;alt=Marine Transport Workers' Trade Union of Ukraine]] had been allowed to leave for work
abroad in {{2023}}.
""",
)

item(
    "Foreign crews trapped in Mariupol port as Russian forces close in",
    """
[[Six foreign ships|other;a=Ukraine's maritime administration]] and their crews were trapped in
the port of Mariupol on Thursday as fighting reached the city's outskirts, Ukraine's maritime
administration said. The administration said [[about 100 seafarers|civilians;a=The
administration;alt=Ukraine's maritime administration]] from Turkey, Egypt, Bulgaria and other
countries remained aboard. Shelling hit the Turkish-owned Azburg and set it on fire. Turkey's
foreign ministry said [[the 12 crew|displaced;a=Turkey's foreign ministry]] had been evacuated
and that [[one crew member|injured;a=Turkey's foreign ministry]] was hurt. The Red Cross said
[[about 20 seafarers|displaced;a=The Red Cross]] had left the city by road for Zaporizhzhia in a
convoy of [[five buses|other;a=The Red Cross]].
""",
)

item(
    "Ukraine's ports handled record cargo in October despite strikes",
    """
Ukraine's seaports handled {{13.5 million tonnes}} of cargo in {{October}}, the most in a single
month since the full-scale invasion, the infrastructure ministry said on Monday. Grain made up
about {{60%}} of the total, and volumes were {{15%}} higher than in {{September}}. The ministry
said the corridor along the western Black Sea coast had now been in use for {{more than a
year}}. Freight rates from Odesa to Egypt have fallen to around {{$25 a tonne}}, brokers said,
while war-risk cover costs about {{1%}} of a ship's value for a {{seven-day}} call.
""",
)

item(
    "Novorossiysk oil loadings recover after sea drone attack",
    """
Oil loadings at the Caspian Pipeline Consortium terminal near Novorossiysk recovered to about
{{1.5 million barrels per day}} this week, traders said, after a Ukrainian sea drone attack
briefly halted operations on {{4 August}}. Shipments of Urals crude from the port were expected
to reach {{2.1 million tonnes}} in {{August}}, a {{5%}} rise on {{July}}. The Joint War
Committee added Russian Black Sea ports to its listed areas in {{2023}}, and insurers now charge
up to {{1.25%}} of hull value for a call. Tanker rates on the route to India rose to about
{{$9m}} per voyage.
""",
)
