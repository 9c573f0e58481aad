"""dev78 items: Syria, Iraq and Yemen (SOHR, Airwars, CENTCOM, the Houthis, the coalition)."""

from _wrap import item

item(
    "Idlib clashes kill dozens, monitor says",
    """Clashes between Syrian government forces and HTS-led fighters in southern Idlib killed [[27
    soldiers|killed;a=the Syrian Observatory for Human Rights]] and [[19 jihadists|killed;a=the
    Syrian Observatory for Human Rights]] on Tuesday, the Syrian Observatory for Human Rights said.
    Russian warplanes carried out [[at least 40 strikes|other;u=other;a=the Observatory;alt=the
    Syrian Observatory for Human Rights]] on the area, the Observatory added.""",
)

item(
    "Rebel offensive reaches Aleppo",
    """[[More than 370 people|killed;a=the Britain-based monitor]] have been killed since insurgents
    launched their offensive on Aleppo, most of them fighters on both sides, along with [[at least
    48 civilians|killed;a=the Britain-based monitor]], the Britain-based monitor said. The UN said
    [[about 48,500 people|displaced;a=The UN]] had fled their homes in Idlib and northern Aleppo in
    {{four days}}.""",
)

item(
    "Monitor counts dead in coastal violence",
    """The Syrian Observatory for Human Rights said [[1,383 civilians|killed;a=The Syrian Observatory
    for Human Rights]], most of them Alawites, had been killed by security forces and allied
    groups on the coast. It said [[231 members|killed;a=The Syrian
    Observatory for Human Rights]] of the security forces and [[250 pro-Assad gunmen|killed;a=The Syrian
    Observatory for Human Rights]] had also died in the fighting.""",
)

item(
    "SDF warns over IS prisoners",
    """The Syrian Democratic Forces said they held [[about 9,000 Islamic State fighters|arrested;a=The
    Syrian Democratic Forces]] in [[more than two dozen prisons|other;u=structure;a=The Syrian
    Democratic Forces]] in the north-east. The SDF said it had lost [[more than 120
    fighters|killed;a=The SDF]] in clashes with Turkish-backed groups since {{December}}.""",
)

item(
    "US strikes on IS in Syria and Iraq",
    """US Central Command said it had carried out [[more than 35 strikes|other;u=other;a=US Central
    Command]] against the Islamic State group in Syria and Iraq in the {{first half of 2024}},
    killing [[28 militants|killed;a=US Central Command]] and capturing [[125|arrested;a=US Central
    Command]]. The group carried out [[153 attacks|other;u=other;a=the Counter Extremism Project]] in
    Syria in the same period, according to the Counter Extremism Project.""",
)

item(
    "Pentagon to halve US force in Syria",
    """The United States has [[about 2,000 troops|combatants;a=the Pentagon]] in Syria, the Pentagon
    said, more than twice the [[900|combatants;a=the Pentagon]] it had acknowledged for years. Officials said the
    force would be cut to [[fewer than 1,000|combatants;p;a=Officials]] in the coming months, while
    [[about 2,500 troops|combatants;a=Officials]] remain in Iraq.""",
)

item(
    "Mosul's civilian toll",
    """Airwars estimates that [[between 9,000 and 11,000 civilians|killed;a=Airwars]] were killed in
    the battle for Mosul in {{2016}} and {{2017}}, many by coalition air strikes and Islamic State
    snipers. The US-led coalition has acknowledged [[326|killed;a=The US-led coalition]], and Iraqi
    commanders said [[about 100,000 troops|combatants;a=Iraqi commanders]] took part in the
    offensive.""",
)

item(
    "Turkey says PKK militants 'neutralised'",
    """Turkey's Defence Ministry said it had neutralised [[17 PKK militants|killed;a=Turkey's Defence
    Ministry]] in northern Iraq and Syria over {{the past week}}. The PKK said [[12 Turkish
    soldiers|killed;a=The PKK]] had been killed in the Metina area; Ankara said [[two|killed;a=Ankara]]
    had died.""",
)

item(
    "Houthis fire missiles and drones at Red Sea ships",
    """The Houthis said they had fired [[18 missiles and drones|other;n=missiles and drones;a=The
    Houthis]] at [[three ships|other;a=The Houthis]] in the Red Sea. US Central Command said American
    and British warships shot down all of them and that no ship was hit.""",
)

item(
    "US campaign against the Houthis",
    """The US military said it had struck [[more than 1,000 targets|other;u=other;a=The US military]]
    in Yemen since {{March 15}}, killing [[hundreds of Houthi fighters|killed;a=The US military]] and
    commanders. The Houthi-run health ministry said the strikes had killed [[at least 250
    civilians|killed;a=The Houthi-run health ministry]].""",
)

item(
    "Marib offensive takes heavy toll",
    """Pro-government military sources said [[about 1,200 Houthi fighters|killed;a=Pro-government
    military sources]] had been killed in {{a month}} of fighting for Marib, and the coalition said
    its jets had flown [[64 sorties|other;u=other;a=the coalition]] in the province. The IOM said
    [[15,000 people|displaced;a=The IOM]] had fled towards the city.""",
)

item(
    "UN: thousands of children recruited in Yemen",
    """The UN verified the recruitment and use of [[3,995 children|combatants;a=The UN]] by parties to
    the conflict in Yemen between {{2010}} and {{2020}}, most of them by the Houthis. It said [[at
    least 2,000 children|killed;a=The UN]] recruited by the Houthis had been killed on the
    battlefield since {{2020}}. The Houthis have said they trained [[about 10,000
    teenagers|combatants;a=The Houthis]] in summer camps.""",
)

item(
    "Coalition air raids counted",
    """The Yemen Data Project recorded [[more than 25,000 air raids|other;u=other;a=The Yemen Data
    Project]] by the Saudi-led coalition from {{March 2015}} to {{March 2022}}, and said
    {{about a third}} hit civilian sites, killing [[about 9,000 civilians|killed;a=The Yemen Data
    Project]]. The coalition said it targeted only Houthi military
    positions.""",
)

item(
    "Israel strikes Syrian air defences",
    """Israel said its jets struck air-defence sites including an {{S-300}} battery near Masyaf, {{45
    km}} from the coast, on {{the night of September 8}}. Syria's state news agency said its
    {{Pantsir-S1}} systems had responded, and the {{Su-24}} base at {{T-4}} was also hit.""",
)

item(
    "Iraqi forces kill IS leaders in Anbar raid",
    """Iraq's Joint Operations Command said [[nine Islamic State militants|killed;a=Iraq's Joint
    Operations Command]], including [[four leaders|killed;a=Iraq's Joint Operations Command]], were
    killed in a joint raid with US forces in the Hamrin mountains. [[Two American
    soldiers|injured;a=the Pentagon]] were wounded, the Pentagon said.""",
)

item(
    "Kataib Hezbollah drone kills three US troops",
    """A drone attack on a US outpost in Jordan near the Syrian border killed [[three American
    soldiers|killed;a=the Pentagon]] and wounded [[more than 40|injured;a=the Pentagon]], the Pentagon
    said, blaming Iran-backed militias. Iraq's Kataib Hezbollah said it was suspending attacks on US
    forces, which had faced [[more than 160 attacks|other;u=other]] since
    {{October}}.""",
)

item(
    "Popular Mobilisation Forces grow on payroll",
    """Iraq's Popular Mobilisation Forces have [[about 238,000 members|combatants;a=budget documents]] on the state
    payroll, up from [[about 122,000|combatants;a=budget documents]] in {{2021}}, according to budget documents. The
    umbrella group of mostly Shiite militias was formed in {{2014}} to fight the Islamic
    State.""",
)

item(
    "Yemen prisoner swap frees hundreds",
    """The government and the Houthis freed [[887 detainees|other;a=the ICRC]] in a swap over {{three
    days}}, the ICRC said, the largest exchange since {{2020}}. [[Fifteen Saudi soldiers|other;a=the
    ICRC]] and [[three Sudanese|other;a=the ICRC]] were among those flown from Sanaa, it said.""",
)

item(
    "Southern Syria clashes with Druze fighters",
    """[[At least 30 Druze fighters|killed;a=the Syrian Observatory]] and [[18 Bedouin tribal
    fighters|killed;a=the Syrian Observatory]] were killed in Sweida, the Syrian Observatory said,
    and the interior ministry said it had sent [[hundreds of security personnel|combatants;a=the
    interior ministry]] to restore order.""",
)

item(
    "Syrian army defectors join rebels in the south",
    """[[About 40 soldiers|other;a=the Free Syrian Army]], among them [[two officers|other;a=the Free
    Syrian Army]], defected with their weapons in Deraa, the Free Syrian Army said in a video
    statement in {{2012}}. The rebels said [[seven soldiers|killed;a=The rebels]] who tried to stop
    them had been shot.""",
)
