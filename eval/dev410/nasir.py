"""Nasir, Ulang and the crisis of 2025: the White Army and the Nasir garrison, the UN helicopter,
government air strikes with 'barrel bombs', the arrests in Juba, Uganda's troops, flight into
Ethiopia, cholera and hunger, the army's return to Nasir, Machar's trial."""

from _wrap import item

item(
    "White Army fighters overrun army garrison in Nasir",
    """Armed Nuer youths known as the White Army overran the army barracks in Nasir, in Upper Nile
    state near the Ethiopian border, on {{4 March 2025}} after {{two days}} of fighting. Army
    spokesman Lul Ruai Koang said the garrison, of
    [[about 500 soldiers|combatants;a=Army spokesman Lul Ruai Koang]], had been attacked by
    [[between 5,000 and 7,000 armed youths|combatants;a=Army spokesman Lul Ruai Koang]]. Nasir
    county commissioner James Gatluak Lew said
    [[at least 28 soldiers|killed;a=Nasir county commissioner James Gatluak Lew]] were killed and
    [[dozens|injured;a=Nasir county commissioner James Gatluak Lew]] wounded. A White Army leader
    reached by telephone said [[17 soldiers|arrested;a=A White Army leader]] had been taken
    captive. Residents said [[thousands of civilians|displaced;a=Residents]] had fled across the
    Sobat River. The SPLM-IO of First Vice-President Riek Machar denied that its forces had taken
    part.""",
)

item(
    "UN crew member and army general killed in Nasir evacuation attempt",
    """A UN helicopter sent to evacuate soldiers from Nasir came under fire on {{7 March 2025}}.
    UNMISS said [[one of its crew members|killed;a=UNMISS;n=crew members]] was killed and
    [[two others|injured;a=UNMISS]] were badly wounded. General David Majur Dak, the commander of
    the Nasir garrison, was killed along with
    [[about 27 soldiers|killed;a=Information Minister Michael Makuei]] as they tried to board,
    Information Minister Michael Makuei said. The army said
    [[41 soldiers|missing;a=The army]] were unaccounted for. Hospital staff in Malakal said they had
    received [[eight wounded soldiers|injured;a=Hospital staff in Malakal]] flown out on an earlier
    flight. [[An estimated 70,000 people|civilians;a=OCHA]] live in Nasir county, according to
    OCHA. Mission chief Nicholas Haysom called the attack abhorrent and said it might amount to a
    war crime.""",
)

item(
    "Air strikes with 'barrel bombs' hit Nasir and Ulang, residents say",
    """Government aircraft bombed Nasir and Ulang on {{16 March 2025}}, {{nine days}} after the fall of
    the Nasir garrison. Local officials said [[at least 21 people|killed;a=Local officials]] were
    killed, [[five children|killed;a=Local officials]] among them. A health worker in Ulang said
    [[more than 60 wounded|injured;a=A health worker in Ulang]] had been brought to the town's
    clinic. Witnesses said a plane dropped
    [[at least eight barrel bombs|other;u=other;a=Witnesses]], oil drums packed with explosives and
    scrap metal, on the market and nearby homes. The government said the strikes targeted White
    Army positions. The UN said [[some 63,000 people|displaced;a=The UN]] had been displaced in
    Nasir and Ulang since {{February}}, including
    [[about 10,000|displaced;a=The UN]] who had crossed into Ethiopia.
    [[Dozens of homes|housing;a=residents]] were flattened around the market, residents said.""",
)

item(
    "Machar allies arrested in Juba after Nasir fall",
    """Security forces arrested Petroleum Minister Puot Kang Chol and deputy army chief Gabriel Duop
    Lam in Juba after the fall of Nasir. The SPLM-IO said
    [[at least 20 of its officials|arrested;a=The SPLM-IO;n=officials]] had been detained in Juba
    and Malakal since {{4 March}}. Witnesses said
    [[about 200 soldiers|combatants;a=Witnesses]] had surrounded Machar's residence on
    {{26 March}}, where he has been held since. Party spokesman Pal Mai Deng said
    [[more than 30 of his bodyguards|arrested;a=Party spokesman Pal Mai Deng;n=bodyguards]] were
    disarmed and detained. Amnesty International said
    [[at least 22 Nuer civilians|arrested;a=Amnesty International]] had been picked up in Juba's
    neighbourhoods. The government said it had released
    [[nine of the detainees|arrested;a=The government;n=detainees]] without charge. The SPLM-IO
    said [[about 1,500 of its fighters|combatants;a=The SPLM-IO;n=fighters]] remained in
    the cantonment at Luri outside the capital.""",
)

item(
    "Uganda sends special forces to Juba as tension rises",
    """Uganda's army chief, General Muhoozi Kainerugaba, said on {{11 March 2025}} that Ugandan special
    forces had entered Juba to secure the capital. Ugandan military spokesman Felix Kulayigye
    said [[about 1,000 troops|combatants;a=Ugandan military spokesman Felix Kulayigye]] had been
    deployed. Diplomats in Juba said
    [[as many as 2,000 Ugandan soldiers|combatants;a=Diplomats in Juba]] and
    [[at least 40 armoured vehicles|other;a=Diplomats in Juba]] had arrived by road and air.
    [[About 250 foreign nationals|displaced;a=airport officials]] were flown out of Juba on
    chartered flights over the weekend, airport officials said. Germany and Norway closed their
    embassies. In {{December 2013}}, Uganda deployed
    [[about 2,500 soldiers|combatants]] to help President Salva Kiir hold the capital, and kept
    [[some 300|combatants]] in the country after withdrawing most of them in {{2015}}.""",
)

item(
    "Nasir fighting sends tens of thousands into Ethiopia",
    """[[More than 37,000 people|displaced;a=UNHCR]] have crossed from Nasir and Ulang counties into
    Ethiopia's Gambella region since fighting began in {{late February}}, UNHCR said. The agency
    said [[between 1,000 and 1,500 people a day|displaced;a=The agency;alt=UNHCR]] were still
    arriving, {{about 60 percent}} of them children. Within Upper Nile,
    [[an estimated 130,000 people|displaced;a=the agency;alt=UNHCR]] have fled their homes, the
    agency said. Ethiopian officials said they had opened
    [[two new reception points|capacity;a=Ethiopian officials]] in Burbiey and Akobo, each able to
    take in [[up to 5,000 people|capacity;a=Ethiopian officials]]. MSF said its teams in Burbiey had
    enrolled [[312 children|aid;a=MSF]] in feeding programmes and recorded
    [[14 deaths|killed;a=MSF]] from cholera and measles since {{April}}.""",
)

item(
    "Cholera spreads in Ulang as fighting cuts off clinics",
    """Médecins Sans Frontières said it had treated
    [[more than 800 cholera patients|other;a=Médecins Sans Frontières]] in Ulang county since
    {{mid-March}}, and that [[at least 32 people|killed;a=Médecins Sans Frontières]] had died. The
    charity said its hospital in Ulang, which has
    [[60 beds|capacity;a=The charity;alt=Médecins Sans Frontières]], had been looted on
    {{19 April}} and that [[three of its staff|missing;a=The charity;alt=Médecins Sans Frontières;n=staff]]
    had been missing since. The health ministry said South Sudan had recorded
    [[more than 60,000 cholera cases|other;a=The health ministry]] and
    [[about 1,100 deaths|killed;a=The health ministry]] since the outbreak began in
    {{October 2024}}. The World Health Organization plans to deliver
    [[200,000 oral vaccine doses|aid;p;a=World Health Organization]] to Upper Nile once the
    airstrips reopen.""",
)

item(
    "Air strike hits MSF hospital in Old Fangak",
    """An air strike hit the only hospital in Old Fangak, in Jonglei state, before dawn on
    {{3 May 2025}}, destroying its pharmacy, Médecins Sans Frontières said. The charity said
    [[two buildings|housing;a=The charity;alt=Médecins Sans Frontières]] in the compound were
    destroyed and [[20 patients|displaced;a=The charity;alt=Médecins Sans Frontières]] had to be
    moved to a school. Local officials said [[seven people|killed;a=Local officials]] were killed
    in a drone strike on the market later that morning and
    [[at least 20|injured;a=Local officials]] wounded. Fangak county has
    [[more than 110,000 residents|civilians;a=OCHA]], many of them displaced by years of floods,
    OCHA says. The army said it had hit enemy positions, killing
    [[about 100 SPLA-IO fighters|killed;a=The army]] in Fangak and Ayod that week.""",
)

item(
    "Famine risk in Nasir and Ulang as aid flights stall",
    """The Integrated Food Security Phase Classification (IPC) said
    [[about 32,000 people|civilians;a=Integrated Food Security Phase Classification (IPC)]] in
    Nasir, Ulang and Longechuk faced catastrophic hunger. WFP said it had airdropped
    [[420 tonnes|aid;a=WFP]] of food since {{April}}, reaching
    [[about 48,000 people|aid;a=WFP]]. But [[a further 70,000|civilians;a=the agency;alt=WFP]]
    could not be reached because of the fighting, the agency said. UNICEF said
    [[up to 15,000 children|civilians;a=UNICEF]] {{under the age of five}} were acutely malnourished,
    and that it planned to send [[5,000 cartons|aid;p;a=UNICEF]] of therapeutic food by barge.
    WFP said it needed {{$37 million}} to keep the airdrops going until {{December}}.""",
)

item(
    "Army and SPLA-IO trade claims after fighting around Ulang",
    """Army spokesman Lul Ruai Koang said on Sunday that government forces had killed
    [[over 100 White Army fighters|killed;a=Army spokesman Lul Ruai Koang]] and captured
    [[23|arrested;a=Army spokesman Lul Ruai Koang]] in fighting near Ulang. SPLA-IO spokesman Lam
    Paul Gabriel said the claim was false and that his forces had killed
    [[47 government soldiers|killed;a=SPLA-IO spokesman Lam Paul Gabriel]] and seized
    [[three tanks|other;a=SPLA-IO spokesman Lam Paul Gabriel]] and
    [[two trucks|other;a=SPLA-IO spokesman Lam Paul Gabriel]] of ammunition. Neither claim could be
    independently verified. A local chief said [[at least 15 civilians|killed;a=A local chief]]
    had died in the shelling of Ulang town.
    [[Between 3,000 and 4,000 people|displaced;a=aid workers]] fled to islands in the Sobat River,
    aid workers said.""",
)

item(
    "Army says it has retaken Nasir, five months after its fall",
    """South Sudan's army said on {{5 August 2025}} that it had recaptured Nasir. Spokesman Lul Ruai
    Koang said troops had killed
    [[more than 70 rebel fighters|killed;a=Spokesman Lul Ruai Koang]] and lost
    [[nine soldiers|killed;a=Spokesman Lul Ruai Koang]]. Aid workers said
    [[fewer than 2,000 people|civilians;a=Aid workers]] remained in a town that had
    [[about 55,000 residents|civilians;a=Aid workers]] before the fighting. UNOSAT, the UN
    satellite centre, said [[more than 1,200 buildings|housing;a=UNOSAT]] had been damaged or
    destroyed. The county commissioner said he expected
    [[about 10,000 residents|returned;p;a=The county commissioner]] to come back by the end of the
    year. The SPLA-IO said it had withdrawn to spare civilians.""",
)

item(
    "UN records sharp rise in civilian casualties in first quarter of 2025",
    """The human rights division of UNMISS said
    [[739 civilians|killed;a=The human rights division of UNMISS]] were killed,
    [[679|injured;a=The human rights division of UNMISS]] injured,
    [[185|kidnapped;a=The human rights division of UNMISS]] abducted and
    [[63|other;a=The human rights division of UNMISS]] subjected to conflict-related sexual
    violence between {{January}} and {{March 2025}}. That was a rise of {{59 percent}} on the same
    period of {{2024}}, it said. Upper Nile accounted for
    [[more than 240 of the deaths|killed;n=deaths]], most of them in Nasir and Ulang, and Jonglei
    for [[about 190|killed]]. The division said it had also documented the arbitrary detention of
    [[66 people|arrested;a=The division;alt=human rights division of UNMISS]], many of them held
    without charge for {{more than a month}}.""",
)

item(
    "Government tells civilians to leave Nasir ahead of 'operations'",
    """The government on {{17 March 2025}} told civilians in Nasir, Ulang and Longechuk to leave
    immediately, saying the army was about to launch operations against the White Army. OCHA said
    the order could uproot [[as many as 90,000 people|displaced;p;a=OCHA]]. Aid groups said
    [[roughly 5,000|displaced;a=Aid groups]] had left Nasir town in the {{24 hours}} after the
    announcement. The UN suspended flights to [[four airstrips|other;u=other]] in the area. A Nasir elder
    said [[at least 300 people|civilians;a=A Nasir elder]] too old or sick to walk had stayed
    behind. The White Army, which analysts estimate at
    [[10,000 to 15,000 armed youths|combatants;a=analysts]], said it would not leave. Aid workers
    expect [[up to 20,000|displaced;p;a=Aid workers]] more to try to cross into Ethiopia.""",
)

item(
    "Aid barges attacked on the Sobat River near Nasir",
    """Gunmen attacked a WFP convoy of [[three barges|aid;u=other;a=the agency;alt=WFP]] carrying
    [[about 640 tonnes|aid;a=the agency;alt=WFP]] of food on the Sobat River near Nasir on Sunday,
    the agency said. [[One crew member|killed;a=WFP;n=crew member]] was killed and
    [[three|missing;a=WFP]] were missing, it said. The barges had been travelling for
    {{three weeks}} from Malakal. UN humanitarian coordinator Anita Kiki Gbeho said the food was to
    feed [[35,000 people|aid;p;a=UN humanitarian coordinator Anita Kiki Gbeho]] for a month. It was
    the {{second}} attack on a river convoy this year. Local authorities in Nasir later detained
    [[11 crew members|arrested;n=crew members]] for questioning.""",
)

item(
    "Machar goes on trial in Juba on treason charges",
    """Suspended first vice-president Riek Machar, {{72}}, appeared before a special court in Juba on
    {{22 September 2025}} charged with treason, murder and crimes against humanity over the attack
    on the Nasir garrison in {{March}}. Prosecutors said the lesser counts carried prison terms of
    up to {{20 years}}. The hearing was adjourned after {{three hours}} and will resume on
    {{29 September}}. Machar has been under house arrest since {{26 March}}, more than
    {{six months}}. His lawyers asked for {{30 days}} to prepare a defence. The SPLM-IO called the
    trial a breach of the {{2018}} peace deal and said it would not take part in elections due in
    {{December 2026}}.""",
)

item(
    "Election body says the vote will need $300 million",
    """South Sudan's National Elections Commission said on {{9 October 2025}} that elections set for
    {{December 2026}} would cost about {{$300 million}}, of which the government had released
    {{less than 10 percent}}. The vote, first promised for {{2015}}, has been put off repeatedly.
    Voter registration would take {{90 days}} and must begin by {{June}}, commission chairman
    Abednego Akok Kacuol said. Inflation passed {{100%}} in {{2025}}, and civil servants have gone
    unpaid for up to {{eight months}}. Donors have offered about {{$40 million}}, conditional on
    Machar's release.""",
)
