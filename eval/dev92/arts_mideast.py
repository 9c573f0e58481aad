"""dev92 articles: the Middle East and North Africa (Libya, Gaza and Israel, Syria, Yemen, Iraq,
Lebanon)."""

from _wrap import item

item(
    "Air strike on Libyan migrant detention centre kills dozens",
    """
TRIPOLI (Reuters) - An air strike hit a detention centre for migrants in the Tajoura suburb of the
Libyan capital overnight, killing [[at least 44 people|killed;a=the Tripoli-based government's
emergency services]] and wounding [[more than 130|injured;a=the Tripoli-based government's
emergency services]], the Tripoli-based government's emergency services said on Wednesday. The UN
mission in Libya later raised the toll to [[53|killed;a=The UN mission in Libya]], including [[six
children|killed;a=The UN mission in Libya]], and called the strike a possible war crime.

The centre held [[about 600 migrants and refugees|arrested;a=UNHCR;n=migrants and refugees]],
most of them from Sudan, Eritrea and Somalia, according to UNHCR, the UN refugee agency. A
hangar holding [[about 120 people|arrested;a=UNHCR]] took a direct hit, UNHCR said. "We pulled
[[30 bodies|killed;a=Osama Ali]] out of that hangar alone," said Osama Ali, a spokesman for the
ambulance service, standing beside a crater filled with shoes, blankets and plastic bottles.

Survivors told aid workers that guards had fired at detainees who tried to run from the compound
after the first missile struck, an account the interior ministry denied. The ministry said the
centre's staff had opened the gates to let people escape the second strike.

The Tripoli government blamed forces loyal to eastern commander Khalifa Haftar, whose Libyan
National Army (LNA) has been trying to capture the capital since {{April 4}}. An LNA spokesman
said its aircraft had targeted a militia weapons depot next to the centre and accused the
government of using migrants as human shields. UN officials said the coordinates of the centre
had been shared with both sides.

The fighting for Tripoli has killed [[more than 1,000 people|killed;a=the World Health
Organization]], according to the World Health Organization, and the UN says [[about 120,000 people|displaced;a=the UN]] have fled their homes on the edges of the city. [[About 5,800
migrants|arrested;a=UNHCR]] are held in official detention centres across Libya, [[3,300 of
them|arrested;n=-;a=UNHCR]] in areas close to the front lines, according to UNHCR.

The agency said it had evacuated [[more than 4,000 refugees|displaced;a=The agency;alt=UNHCR]]
from Libya to Niger, Rwanda and Italy since {{2017}}, but that its flights could not keep pace.
The European Union, which funds and trains the Libyan coastguard, has faced growing criticism
over the return of people intercepted at sea. The International Organization for Migration says
[[more than 3,700 migrants|other;a=The International Organization for Migration]] have been
intercepted off the coast and brought back to Libya this year, most of them ending up in centres
like Tajoura.

Many of those held at Tajoura had been caught at sea after paying smugglers to take them to
Europe, some of them more than once. Aid workers who visited the centre in {{May}} said detainees
were poorly fed and that there was no shelter from the summer heat, which regularly
exceeds {{40C}}. UNHCR had asked for the centre to be emptied after a shell landed on its roof in
{{April}}, but the authorities said they had nowhere else to put the detainees.

The African Union's commission chairman called for an independent investigation, and Italy said
the detention centres should be closed. The UN Security Council met in a closed session on
Thursday but failed to agree on a statement after the United States raised objections, diplomats
said.
""",
)

item(
    "Four hostages rescued in Nuseirat raid; Gaza officials say 274 killed",
    """
DEIR AL-BALAH, Gaza Strip (AP) - Israeli special forces rescued [[four hostages|kidnapped]] from
apartments in the crowded Nuseirat refugee camp on Saturday, in a daytime raid backed
by air strikes and shelling that Palestinian health officials said killed [[274
people|killed;a=Palestinian health officials]], including [[64 children|killed;a=Palestinian
health officials]]. The Gaza Health Ministry said [[698 people|injured;a=The Gaza Health Ministry]]
were wounded and that many of the dead had been in a market and on the main street when the
operation began shortly before {{11am}}.

The Israeli military disputed the toll. A military spokesman, Rear Admiral Daniel Hagari, said the
army estimated that [[fewer than 100 Palestinians|killed;a=Rear Admiral Daniel Hagari]] had been
killed, without saying how many of them were fighters. The ministry does not distinguish between
civilians and combatants in its counts.

The hostages - Noa Argamani, Almog Meir Jan, Andrey Kozlov and Shlomi Ziv, aged between {{22 and 41}}
- were seized from the Nova music festival on {{October 7}} and held for {{246 days}}. They were
flown by helicopter to a hospital near Tel Aviv, where doctors said they were in "good overall
condition". An Israeli police officer was killed during the raid.

Hamas's armed wing said the operation had killed [[three other hostages|killed;a=Hamas's armed
wing]], including an American, a claim Israel did not immediately confirm. Israel says [[about 120
hostages|kidnapped;a=Israel]] are still held in Gaza, and officials believe [[at least 40 of
them|killed;n=-;a=officials]] are dead. [[About 250 people|kidnapped;a=Israeli figures]] were taken
captive in the Hamas-led attack on southern Israel on {{October 7}}, in which [[about 1,200
people|killed;a=Israeli figures]] were killed, Israeli figures show.

At Al-Aqsa Martyrs Hospital in Deir al-Balah, the wounded lay on the floors of corridors and in
the courtyard. "The dead and the injured came in faster than we could register them," said a
nurse, Ahmed Abu Shamala. The hospital's generators were running on the last of their fuel.

Nuseirat, established after the {{1948}} war, was home to [[some 80,000 people|civilians]] before
the war and has since taken in [[tens of thousands of displaced|displaced]] people from the north
of the strip. Gaza's health ministry says [[more than 36,800 Palestinians|killed;a=Gaza's health
ministry]] have been killed in the war. The UN's humanitarian office said on Sunday that the
raid would further slow aid deliveries in central Gaza, where the UN says it can reach only a
{{fraction}} of the people in need. US President Joe Biden welcomed the rescue, while Egypt and
Jordan condemned what they called a massacre.

The EU's foreign policy chief, Josep Borrell, said he condemned "another massacre of civilians" in
a post on X. In Israel, crowds gathered outside the hospital and at the beach in Tel Aviv, where
the news was announced over loudspeakers, and the families of hostages still held in Gaza urged the
government to accept a ceasefire proposal outlined by Biden at the end of {{May}}. "We cannot bring
them home one operation at a time," the Hostages and Missing Families Forum said in a statement.
Hamas said the raid showed that Israel did not care whether the remaining hostages lived or died.
""",
)

item(
    "Gaza ceasefire takes hold as three hostages and 90 Palestinian prisoners are freed",
    """
TEL AVIV/GAZA (Reuters) - Hamas freed [[three Israeli women|kidnapped]] held in Gaza for {{471
days}} and Israel released [[90 Palestinian prisoners|other]] from Ofer prison in the occupied
West Bank on Sunday, the first exchange under a ceasefire that halted {{fifteen months}} of war. The
women were handed to the Red Cross in Gaza City in the late afternoon and driven to a reception
point across the border, where they were reunited with their mothers.

Israeli officials said Hamas would free [[33 hostages|kidnapped;p;a=Israeli officials]] during the
first {{42-day}} phase of the deal, children, women, older men and the sick and wounded among
them, in exchange for [[about 1,900 Palestinian prisoners and detainees|other;p;a=Israeli
officials;n=prisoners and detainees]]. Israeli officials believe [[eight of them|killed;n=-;a=Israeli
officials]] are no longer alive. Talks on a second phase, under which the remaining hostages would
be released and Israeli forces would withdraw, are due to begin on the {{16th day}} of the truce.

The prisoners released on Sunday, most of them women and teenagers, arrived in the West Bank
town of Beitunia after {{1am}} on Monday to crowds waving Palestinian and Hamas flags. The Israeli
Prison Service said they had been held on charges ranging from stone-throwing to attempted murder.
Palestinian prisoners' groups say [[more than 10,000 Palestinians|arrested;a=Palestinian
prisoners' groups]] are held in Israeli jails, many of them without charge.

Under the agreement, [[600 aid trucks a day|aid;p]] are to enter Gaza, a sharp increase on recent
months. The United Nations said [[630 trucks|aid;a=The United Nations]] had crossed on Sunday,
[[at least 300 of them|aid;n=-;u=other;a=The United Nations]] bound for the north of the strip. The UN says
[[about 1.9 million people|displaced;a=The UN;v=1900000]], {{90%}} of the population, have been
displaced during the war, many of them several times. [[Hundreds of thousands|returned;p]] are
expected to walk back to northern Gaza from {{January 25}}, when Israeli troops are due to let
people cross the Netzarim corridor.

The war began when Hamas-led fighters attacked southern Israel on {{October 7, 2023}}, killing
[[about 1,200 people|killed]] and taking [[251|kidnapped]] into Gaza. Gaza's health ministry says
[[more than 46,900 Palestinians|killed;a=Gaza's health ministry]] have been killed in Israel's
offensive since then. Qatar, Egypt and the United States, which mediated the deal, will monitor
its implementation from a joint centre in Cairo. "Today the guns in Gaza have gone silent," Biden
said in a farewell speech at the White House.
""",
)

item(
    "Buses carry fighters and families out of Ghouta as rebel enclave collapses",
    """
BEIRUT (Reuters) - Buses carrying [[more than 1,500 people|displaced;a=Syrian state television]],
among them [[about 400 fighters|displaced;a=Syrian state television]], left the town of Harasta in
eastern Ghouta on Thursday under a surrender deal with the government, Syrian state television
said, the first evacuation of rebels from the besieged enclave on the edge of Damascus. The Syrian
Arab Red Crescent said [[35 buses|other;a=The Syrian Arab Red Crescent]] were taking the evacuees
to rebel-held Idlib province in the northwest, a journey of about {{300 km}}.

Separately, [[thousands of civilians|displaced]] streamed out of the southern pocket of the
enclave on foot, carrying bags and mattresses, as government troops and their allies pressed an
offensive that has split Ghouta into separate pockets. The Russian military said [[more than 79,000
people|displaced;a=The Russian military]] had left the enclave through "humanitarian corridors"
since {{March 9}}. The UN said [[around 50,000 of them|displaced;n=-;a=The UN]] were staying in
[[eight collective shelters|capacity;a=The UN]] in rural Damascus, where men of fighting age were
being questioned by the security services.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said the offensive, which
began on {{February 18}}, had killed [[more than 1,600 civilians|killed;a=The Syrian Observatory
for Human Rights]], including [[more than 320 children|killed;a=The Syrian Observatory for Human
Rights]]. The monitor said [[at least 37 civilians|killed;a=The monitor;alt=The Syrian Observatory
for Human Rights]] were killed in air strikes on the town of Douma on Thursday alone. The
government says it is fighting "terrorists" and accuses the rebels of shelling Damascus, where
mortar fire has killed [[dozens of people|killed;a=state media]] since February, according to state media.

Douma, the largest town still held by the Jaish al-Islam group, was negotiating its own deal with
Russian officers, rebel sources said. A joint convoy of the UN, the International Committee of the
Red Cross and the Syrian Arab Red Crescent reached the town on Thursday. The ICRC said the [[13
trucks|aid;a=The ICRC]] carried food for [[26,100 people|aid;a=The ICRC]], but that medical
supplies had again been removed by government officials at the last checkpoint.

The UN has said [[some 400,000 people|civilians;a=The UN]] lived under siege in eastern Ghouta
before the offensive, many of them since {{2013}}, when government forces encircled the area.
Children there suffered some of the highest rates of acute malnutrition recorded during the
{{seven-year}} war, UNICEF said last year. "People are leaving with nothing, not even their
documents," said a Red Crescent volunteer at the Wafideen crossing.

The offensive has followed the pattern of earlier government victories in Homs and Aleppo: weeks of
bombardment, the splitting of the enclave into isolated pockets and, finally, negotiated surrenders
that send fighters who refuse to reconcile with the state to the northwest. The rebels in Harasta,
most of them from the Ahrar al-Sham group, agreed to leave after {{two days}} of talks with Russian
officers, the group said in a statement. Activists said residents had spent most of the past month
in basements, with makeshift hospitals operating underground. The UN Security Council demanded a
{{30-day}} ceasefire across Syria in {{February}}, but the fighting in Ghouta barely paused.
Russia, which supports President Bashar al-Assad with air power, says the corridors it opened show
that it is protecting civilians, while Western governments accuse Damascus and Moscow of war crimes.

Idlib, where the evacuees are being taken, is controlled by a patchwork of rebel and jihadist groups
and is itself under regular bombardment, and aid agencies say its camps are already overcrowded.
Earlier evacuees from Aleppo and Homs have complained of being left in tents near the Turkish border
with little support. The Turkish Red Crescent said it was preparing reception sites near the border
town of Atmeh, where temperatures at night still drop close to freezing in {{March}}. "We are moving
people from one siege to another," said a Syrian aid worker in Idlib who asked not to be named.
""",
)

item(
    "Houthi push on Marib drives new wave of displacement, cholera fears in camps",
    """
MARIB, Yemen - [[More than 24,000 people|displaced;a=the International Organization for
Migration]] have been displaced in Yemen's Marib province since {{February}}, when the Houthi
movement renewed its offensive on the government's last stronghold in the north, the
International Organization for Migration said on Tuesday. Many had already fled their homes once
or twice before, the agency said, some of them from fighting elsewhere in Yemen as long ago as
{{2015}}.

Marib city and its outskirts host [[about 1 million displaced people|displaced;a=local
authorities]] in [[139 displacement sites|capacity;a=local authorities]], according to local
authorities, from tents pitched in the desert to half-built houses on the edge of town. On {{March
2}}, shelling hit the Al-Suwayda camp, wounding [[four children|injured;a=the camp's administration]] and setting shelters
alight, the camp's administration said, and a second site had to be emptied after missiles landed
nearby.

The World Health Organization's office in Yemen said [[312 suspected cholera cases|other;a=The
World Health Organization's office in Yemen]] and [[three deaths|killed;a=The World Health
Organization's office in Yemen]] had been recorded in the camps in {{April}}, as the rainy season
approached. "The latrines are full, there is little clean water and people are crowded together,"
said Hussein Ali, a health worker at the Al-Jufainah camp. The camp, the largest in Marib,
already houses [[about 10,000 families|displaced]].

Ahmed Saleh, {{55}}, said he had fled the district of Sirwah with [[11 family
members|displaced;a=Ahmed Saleh]] in a single car after shells hit his village. "We left the
goats, the house, everything," he said.

The front lines have moved little in recent weeks. Medical sources in Sanaa said the Houthis had
lost [[thousands of fighters|killed;a=Medical sources in Sanaa]] in the assault, many of them
teenagers. The Saudi-led coalition said its air strikes had killed [[more than 90 Houthi
fighters|killed;a=The Saudi-led coalition]] in {{24 hours}}, a figure that could not be verified.
UNHCR said it had distributed [[4,500 emergency shelter kits|aid;a=UNHCR]] to newly displaced
families but that it needed {{$20 million}} more to cover the year.

Yemen's war, which began when the Houthis seized Sanaa in {{2014}}, has killed [[tens of
thousands of people|killed;a=the UN]] and displaced [[4 million|displaced;a=the UN]], according to
the UN, which calls it one of the world's worst humanitarian crises. The US special envoy for
Yemen said on Monday that a fall of Marib would be "a humanitarian catastrophe" and called on the
Houthis to halt the offensive. The Houthis say they will not stop until the city, which sits on
Yemen's main oil and gas fields, is "liberated".

Aid groups working in Marib say the offensive has also cut the main road west to Sanaa and forced
convoys to take a longer route through the desert, adding {{several hours}} and new checkpoints to
each trip. The Norwegian Refugee Council said rent for a single room in the city had doubled since
{{January}} and that many families arriving now could afford only a patch of sand on the edge of an
existing camp. "There is no more space and no more water," said the council's area manager. The
UN's {{$3.85 billion}} appeal for Yemen this year had received {{less than half}} of the money it
sought by the end of {{March}}.
""",
)

item(
    "Yazidis trickle home to Sinjar from Kurdish camps as closure deadline looms",
    """
DUHOK, Iraq - [[About 350 families|returned;a=Iraq's migration ministry]] left camps in Iraq's
Kurdistan region for the district of Sinjar this week, Iraq's migration ministry said, as the
government pressed ahead with a plan to close all camps for displaced people by the end of {{July
2024}}. The ministry said [[about 4,600 families|returned;a=The ministry;alt=Iraq's migration
ministry]] had gone back since {{January}}, each given a one-off grant of {{4 million dinars}},
about {{$3,000}}.

But [[more than 180,000 people|displaced;a=the International Organization for Migration]] still
live in [[23 camps|capacity;a=the International Organization for Migration]] in Duhok province,
most of them Yazidis, according to the International Organization for Migration, and many say
they have nothing to return to. Sinjar's mayor said [[about 6,000 homes|housing;a=Sinjar's
mayor]] had been rebuilt, but residents say water, electricity and jobs are scarce and that {{more
than 70%}} of the district's houses still need repair.

Islamic State fighters killed [[about 5,000 Yazidi men|killed;a=the Kurdistan Regional
Government's office for abductee affairs]] and abducted [[some 6,400 women and
children|kidnapped;a=the Kurdistan Regional Government's office for abductee affairs;n=women and
children]] when they overran Sinjar in {{August 2014}}, according to the Kurdistan Regional
Government's office for abductee affairs. The office says [[about 2,600|missing;a=The
office;alt=the Kurdistan Regional Government's office for abductee affairs]] are still missing,
years after the group lost its last territory in Iraq in {{2017}}.

[[More than 90 mass graves|other;u=other]] have been found in the district, and investigators are
still exhuming some of them. Khalil Elias, {{38}}, who has lived in a tent at Sharya camp for
{{nine years}}, said he would not take his family back until the graves of his brothers had been
identified. "How can I farm a field next to the place where they are buried?" he asked.

Sinjar's security is also contested. The district is patrolled by the Iraqi army, by Kurdish
Peshmerga forces on its edges and by the Sinjar Resistance Units, a Yazidi militia linked to the
Kurdistan Workers' Party (PKK) that is estimated to have [[several thousand
fighters|combatants]]. Local officials said Turkish drone strikes had killed [[two
members|killed;a=Local officials]] of the militia last month. A {{2020}} agreement between Baghdad
and the Kurdish regional government to normalise the district's administration has never been
implemented.

Aid groups say the deadline to close the camps is unrealistic. "People are being pushed to leave
before anything is ready for them," said an official with a charity working in Duhok. The
migration ministry said families who chose to stay in the Kurdistan region would lose their
displacement status and their food rations.

For many Yazidis the decision is shaped by the memory of {{August 3, 2014}}, when Islamic State
fighters swept into the district and Kurdish forces withdrew. Germany, Iraq's parliament and the
UN investigative team known as UNITAD have all recognised the killings as genocide. Some of the
women who were freed from captivity have since settled abroad, and community leaders say a new
wave of emigration is under way among young men who see no future in the district. Pope Francis
visited the region in {{March 2021}} and called for the Yazidis to be allowed to return in
safety.
""",
)

item(
    "Lebanon's displaced fill schools as hundreds of thousands cross into Syria",
    """
BEIRUT (AFP) - [[More than 310,000 people|displaced;a=UNHCR]] have crossed from Lebanon into Syria
to escape Israeli strikes in the past {{two weeks}}, UNHCR said on Friday, many of them Syrian
refugees fleeing back to the country they left during its own war. Syrian authorities said [[about
220,000 Syrians|returned;a=Syrian authorities]] and [[90,000 Lebanese|displaced;a=Syrian
authorities]] had entered, most of them through the Masnaa crossing on the Beirut-Damascus road.

An Israeli strike on Friday cut that road near the crossing, leaving a crater {{4 metres}} deep
that travellers now climb across on foot, carrying suitcases and children. Israel said Hezbollah
was using the crossing to bring in weapons. Syria's Red Crescent said it had set up [[18 reception
centres|capacity;a=Syria's Red Crescent]] along the border, where arrivals receive water, bread
and blankets before moving on.

Inside Lebanon, Prime Minister Najib Mikati has said [[more than 1 million people|displaced;a=Prime
Minister Najib Mikati]] have fled their homes, mostly from the south, the Bekaa valley and
Beirut's southern suburbs. According to the government's disaster management unit, [[about
180,000|displaced;a=the government's disaster management unit]] are sleeping in [[more than 900
collective shelters|capacity;a=the government's disaster management unit]], most of them public
schools, while others are staying with relatives or in rented flats, or sleeping on beaches and in
parks.

Education Minister Abbas Halabi said the use of [[more than 500 public schools|capacity;a=Education
Minister Abbas Halabi]] as shelters would delay the start of the school year for [[hundreds of
thousands of pupils|civilians;a=Education Minister Abbas Halabi]]. The World Food Programme said it
had delivered [[more than 170,000 hot meals|aid;a=The World Food Programme]] to shelters since the
escalation began.

Israeli strikes have killed [[more than 2,000 people|killed;a=the health ministry]] in Lebanon since
Hezbollah began firing on Israel in {{October}} last year, the health ministry said, most of them
since {{September 23}}. The ministry does not distinguish between fighters and civilians. The
Israeli military said it had struck [[more than 1,600 Hezbollah targets|other;u=other;a=The
Israeli military]] in the first days of its air campaign. It has since ordered the residents of [[more than 100
villages|other]] in the south to leave.

Lebanon was already in the {{fifth year}} of an economic
collapse that has wiped out {{more than 90%}} of the value of its currency. The UN has appealed for
{{$426 million}} to help the displaced over the next {{three months}}. "We have left with what we
could carry, for the second time in a year," said Zeinab, who fled Nabatieh with her children and is
sleeping in a school in Beirut's Hamra district.

In the classrooms, families have hung blankets between desks for a little privacy, and volunteers
cook rice and lentils in large pots in the playground. Many of those sheltering fled the south with
only what they could fit in their cars, after receiving recorded phone calls and text messages from
the Israeli army telling them to leave. The government has asked donors to help it reopen schools
as quickly as possible, possibly by teaching in shifts. Syrian refugees who stayed in Lebanon say
they have been turned away from some shelters, which some municipalities have reserved for Lebanese
citizens. UNHCR has urged the authorities to ensure that no one is denied shelter because of their
nationality.
""",
)
