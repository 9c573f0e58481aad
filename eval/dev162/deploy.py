"""Troop deployments, withdrawals and peacekeeping contingents (12 articles, all with figures)."""

from _wrap import item

item(
    "US to send 3,000 more troops to Poland as Russia masses forces",
    """The United States will send [[an additional 3,000 troops|combatants;p;a=the Pentagon]] to
    Poland, the Pentagon said on Friday, bringing the number of American service members ordered to
    Europe since January to [[about 14,000|combatants;p;a=the Pentagon]]. The soldiers, from the
    {{82nd}} Airborne Division at Fort Bragg, North Carolina, are expected to arrive within two
    weeks. An advance party of [[1,700 paratroopers|combatants]] landed at Rzeszow airport, {{90
    km}} from the Ukrainian border, earlier this month with [[about 20 helicopters|other]]. "These
    are not permanent moves," Pentagon spokesman John Kirby told reporters, adding that the troops
    would not go into Ukraine. Poland already hosts [[roughly 4,500 US troops|combatants]] on a
    rotating basis, out of [[about 80,000|combatants]] stationed across Europe before the buildup.
    Russia has gathered [[more than 150,000 soldiers|combatants;a=Washington]] near Ukraine's
    borders, Washington estimates. Poland spends {{2.4% of its GDP}} on defence and plans to raise
    that to {{3%}} next year.""",
)

item(
    "Kenyan police land in Haiti to lead force against gangs",
    """PORT-AU-PRINCE, Haiti (AP) — [[About 400 Kenyan police officers|combatants]] arrived in
    Haiti's capital on Tuesday, the first contingent of a UN-backed force meant to help the
    country's overwhelmed police retake neighborhoods from armed gangs. Kenya has pledged [[1,000
    officers|combatants;p;a=Kenya]] in all, and officials say [[about 1,500
    more|combatants;p;n=-;a=officials]] are expected from the Bahamas, Jamaica, Belize, Chad and
    Benin. The Security Council authorized the mission in {{October 2023}} under Resolution
    {{2699}}, but a UN trust fund has received only {{$21 million}} of the {{$600 million}} the
    mission needs for its first year. Haiti's national police has [[fewer than 10,000 active
    officers|combatants;a=the United Nations]] for a country of [[11.7 million
    people|civilians;v=11700000;a=the United Nations]], according to the United Nations. Gang
    violence killed [[more than 2,500 people|killed;a=the UN]] in the first three months of the year
    and has driven [[about 580,000|displaced;a=the UN]] from their homes, the UN says.""",
)

item(
    "UN peacekeepers complete pullout from Congo's South Kivu",
    """The UN stabilisation mission in the Democratic Republic of Congo, MONUSCO, completed its
    withdrawal from South Kivu province on Sunday, handing [[14 bases|other;u=structure]] over to
    the Congolese army and police. [[About 2,000 blue helmets|combatants;n=blue helmets;a=the
    mission;alt=MONUSCO]] left the province in the first phase of a drawdown that President Felix
    Tshisekedi requested in {{2023}}, the mission said in a statement. MONUSCO still has [[some
    11,500 military personnel|combatants]] and [[about 1,400 police|combatants]] in North Kivu and
    Ituri, where [[more than 100 armed groups|combatants;u=other]] are active. Critics fear a
    security vacuum: fighting between the {{M23}} rebels and the army has displaced [[more than 1.7
    million people|displaced;v=1700000;a=UNHCR]] in North Kivu alone, according to UNHCR. The
    mission, first deployed in {{1999}} as MONUC, once numbered [[more than 20,000
    troops|combatants]].""",
)

item(
    "India, China begin pulling back troops from last Ladakh flashpoints",
    """Indian and Chinese troops began pulling back from Depsang and Demchok in eastern Ladakh on
    Friday, under an agreement on patrolling along the Line of Actual Control reached after more
    than four years of talks. Temporary structures and tents put up by both sides will be
    dismantled, and coordinated patrolling will resume by the end of the month, officials in New
    Delhi said. Both armies still keep [[50,000 to 60,000 troops|combatants;a=officials]] each in
    the region, officials estimate, along with tanks, artillery and air-defence systems moved up
    after the {{2020}} standoff. [[Twenty Indian soldiers|killed]] and [[at least four Chinese
    troops|killed]] died in hand-to-hand fighting in the Galwan Valley in {{June 2020}}, the
    deadliest clash between the nuclear-armed neighbours in {{45 years}}. India has moved [[about
    10,000 more troops|combatants]] to the sector since the clash. Satellite imagery shows China has
    built [[more than 600 villages|other;a=Satellite imagery]] along the disputed frontier since
    {{2017}}, while India has laid some {{3,500 km}} of border roads.""",
)

item(
    "France hands over last base in Chad, ending Sahel military presence",
    """N'DJAMENA (AFP) - French troops handed over the Adji Kossei base in N'Djamena to the Chadian
    army on Thursday, completing a withdrawal that Chad's government demanded in November when it
    ended a defence cooperation pact with Paris. [[About 1,000 French soldiers|combatants]] and
    [[three bases|other;u=structure]] had been in the country, France's last foothold in the Sahel
    after its forces were pushed out of Mali, Burkina Faso and Niger by military juntas between
    {{2022}} and {{2023}}. [[Three Mirage 2000D jets|other;u=other;v=3]] left Chad in December. At
    its peak, the Barkhane counter-terrorism operation deployed [[5,100 troops|combatants;a=the
    armed forces ministry]] across the region; [[58 French soldiers|killed;a=the armed forces
    ministry]] were killed in the Sahel from {{2013}} to {{2022}}, according to the armed forces
    ministry. Djibouti, which hosts [[about 1,500 French personnel|combatants]], will remain
    France's largest base in Africa.""",
)

item(
    "North Korean troops in Kursk suffer heavy losses, Seoul says",
    """SEOUL, {{Jan 13}} (Reuters) - Kyiv and Seoul say Pyongyang has sent [[around 11,000
    troops|combatants;a=Kyiv and Seoul]] to fight for Russia in the Kursk region. South Korea's
    National Intelligence Service told lawmakers on Monday that [[about 300|killed;a=South Korea's
    National Intelligence Service]] of them had been killed and [[2,700|injured;a=South Korea's
    National Intelligence Service]] wounded. Ukraine said on Saturday it had captured [[two North
    Korean soldiers|arrested;a=Ukraine]], the first taken alive since the North Korean troops joined
    the fighting in late {{2024}}. One of them told interrogators he had believed he was going to a
    training exercise. North Korea has also shipped [[more than 100 KN-23 ballistic missiles|other]]
    to Russia, Ukrainian officials say. Russia's own forces in Kursk number [[about
    50,000|combatants;a=US officials]], US officials say.""",
)

item(
    "Israel calls up 360,000 reservists in largest mobilisation in its history",
    """The Israel Defense Forces said Monday it had mobilized [[some 360,000
    reservists|combatants;a=The Israel Defense Forces]] since Saturday's onslaught, the largest
    call-up in the country's history. The military said [[at least 900 people|killed;a=The
    military;alt=The Israel Defense Forces]] had been killed in Israel, most of them civilians, and
    that Hamas was holding [[more than 100 hostages|kidnapped;a=The military;alt=The Israel Defense
    Forces]] in Gaza. Spokesman Richard Hecht said troops had recovered the bodies of [[some 1,500
    terrorists|killed;a=Spokesman Richard Hecht]] inside Israeli territory. Israel has also
    evacuated [[tens of thousands of residents|displaced]] from [[more than 20
    communities|other;u=other]] near the Gaza border. The military said Hamas had fired [[more than
    4,000 rockets|other;a=The military;alt=The Israel Defense Forces]] since Saturday. Reservists
    {{aged up to 40}} were reporting to their units in such numbers that some bases turned
    volunteers away.""",
)

item(
    "Security forces deployed on Kurram road after peace deal",
    """PESHAWAR: Security forces have deployed [[around 1,000 additional
    personnel|combatants;a=officials]] along the Thall-Parachinar road in Kurram district to escort
    convoys, officials said on Sunday, after a peace agreement ended weeks of sectarian fighting. A
    convoy of [[35 trucks|aid]] carrying food and medicine reached Parachinar on Saturday, the first
    since the road was closed in October. [[More than 130 people|killed]] have been killed in
    clashes since gunmen attacked a passenger convoy on {{November 21}}, killing [[42
    people|killed]]. Under the agreement, both tribes are to surrender heavy weapons within {{15
    days}} and dismantle [[hundreds of bunkers|housing;u=structure;p]]. Local hospital officials
    said [[at least 50 children|killed;a=Local hospital officials]] had died for lack of medicine
    during the blockade.""",
)

item(
    "US to halve troop presence in Syria, close bases",
    """WASHINGTON (AP) — The Pentagon said Friday it would consolidate forces in Syria, cutting the
    number of troops there to [[fewer than 1,000|combatants;p;a=The Pentagon]] in the coming months.
    There are [[about 2,000 U.S. troops|combatants]] in Syria, more than double the
    [[900|combatants;a=the Pentagon]] the Pentagon acknowledged for years. Officials said the
    military would close [[three|other;u=structure;p;a=Officials]] of its [[eight
    bases|other;u=structure;a=Officials]] in the northeast. U.S. forces have partnered with the
    Kurdish-led Syrian Democratic Forces, which guard [[some 9,000 Islamic State fighters|arrested]]
    in prisons and [[about 40,000 women and children|displaced;n=women and children]] in camps such
    as al-Hol. There are also [[about 2,500 troops|combatants]] in Iraq, where the U.S.-led
    coalition's mission is due to end in {{September 2025}}.""",
)

item(
    "Rwanda doubles troops in Mozambique's Cabo Delgado",
    """Rwanda has increased its deployment in Mozambique's Cabo Delgado province to [[about 4,000
    soldiers and police|combatants;n=soldiers and police;a=a spokesman for the Rwanda Defence
    Force]], a spokesman for the Rwanda Defence Force said on Saturday, up from the
    [[1,000|combatants;a=a spokesman for the Rwanda Defence Force]] it first sent in {{July 2021}}.
    The Southern African Development Community is winding down its own mission, SAMIM, which at its
    peak had [[about 2,000 troops|combatants]] from [[eight member states|other;u=other]]. Rwandan
    and Mozambican forces killed [[more than 100 insurgents|killed]] in the first months of the
    operation and retook the port town of Mocimboa da Praia. The Islamic State-linked insurgency has
    killed [[more than 4,000 people|killed;a=the conflict monitor ACLED]] since {{2017}}, according
    to the conflict monitor ACLED. The UN refugee agency says [[about 850,000 people|displaced;a=The
    UN refugee agency]] were forced from their homes at the height of the violence. TotalEnergies
    suspended its {{$20 billion}} gas project near Palma in {{2021}}.""",
)

item(
    "NATO says 40,000 Russian troops massed on Ukraine border",
    """BRUSSELS, {{April 9}} (Reuters) - Russia has massed [[about 40,000 troops|combatants;a=NATO]]
    near Ukraine's eastern border, NATO said on Wednesday, releasing satellite images it said showed
    fighter jets, attack helicopters and armoured units. The alliance said the force included [[more
    than 100 combat aircraft|other;a=The alliance]] and [[some 300 tanks|other;a=The alliance]] at
    sites in the Belgorod, Rostov and Kursk regions. Russia already has [[about 25,000
    troops|combatants]] in Crimea, home to its Black Sea Fleet. Moscow says the troops are on
    routine exercises. Ukraine's acting defence minister said last month that only
    [[6,000|combatants;a=Ukraine's acting defence minister]] of its soldiers were combat-ready. In
    Donetsk, pro-Russian protesters occupying the regional administration building declared a
    "people's republic" and called for a referendum by {{May 11}}. Ukraine's interior minister said
    [[70 people|arrested;a=Ukraine's interior minister]] had been detained after protesters seized a
    security service building in Luhansk. Russia annexed Crimea last month after a vote that Kiev
    and the West called illegal.""",
)

item(
    "Sudan pledges troops as Saudi-led coalition readies ground push in Yemen",
    """KHARTOUM (AFP) - Sudan will send [[6,000 soldiers|combatants;p;a=a senior army officer]] to
    fight alongside the Saudi-led coalition in Yemen, a senior army officer said on Sunday, days
    after the first [[450 troops|combatants]] landed in the port city of Aden. The United Arab
    Emirates already has [[several thousand soldiers|combatants]] in southern Yemen, where coalition
    forces and local fighters pushed Huthi rebels out of Aden in {{July}}. Qatar has sent [[1,000
    troops|combatants;a=Al-Jazeera television]] backed by [[200 armoured vehicles|other;a=Al-Jazeera
    television]] and [[30 Apache helicopters|other;a=Al-Jazeera television]], according to
    Al-Jazeera television. The United Nations says [[more than 4,500 people|killed;a=The United
    Nations]], about half of them civilians, have been killed since the coalition began air strikes
    in {{March}}.""",
)
