"""dev318 items: at the border (reception centres, cash and food, transport onward, pushbacks,
winter and heat, the October 2025 fighting at Spin Boldak)."""

from _wrap import item

item(
    "At Torkham camp, returnees get cash, a SIM card and a ride home",
    """TORKHAM - At the sprawling Omari camp near the border, [[about 40,000 people|displaced;a=camp
    managers]] were living in tents last week, camp managers said. Each family receives {{10,000
    afghanis}} from the Taliban administration and a grant of {{$375}} from UNHCR before moving on.
    UNHCR said it had given cash to [[12,560 families|aid;a=UNHCR]] at the border in {{November}},
    and WFP said it had handed out [[more than 170 tonnes|aid;a=WFP]] of high-energy biscuits. The
    Afghan Red Crescent Society pitched [[about 300 tents|aid]] for families waiting for transport.
    WHO said [[2,430 people|injured;a=WHO]] had been seen at the camp clinic, mostly for
    respiratory infections and diarrhoea. [[Twenty-two trucks|aid;a=the Danish Refugee Council]] of
    blankets, stoves and hygiene kits arrived from Kabul on Saturday, the Danish Refugee Council
    said.""",
)

item(
    "IOM adds capacity at Spin Boldak reception centre",
    """KANDAHAR - IOM's reception centre at Spin Boldak can now handle [[up to 3,000 people a
    day|capacity;a=IOM]], the agency said, after it added a second registration hall. In {{March}},
    IOM said, it helped [[18,700 returnees|aid;a=IOM]] with transport to their home provinces and
    gave [[4,200 households|aid;a=IOM]] winter kits. IOM plans to open [[two more
    centres|capacity;a=IOM;p]] in Kandahar and Helmand before the summer. Kandahar's Taliban governor
    said [[1,300 plots|aid;u=other;a=Kandahar's Taliban governor]] of land had been set aside for
    returnee families near the town. [[Nearly 500 families|displaced]] were living in a tented
    camp beside the centre on Sunday. [[Between 2,000 and 2,500 people a day|returned;a=IOM]] crossed there in {{March}}, IOM said. Around {{60 percent}} of those arriving were children, IOM
    said.""",
)

item(
    "At Islam Qala, deportees arrive with nothing",
    """ISLAM QALA - Ahmad Shah, who is {{34}}, came back with [[his family of seven|returned;n=-]]
    and a plastic bag of clothes after {{11 years}} in Isfahan. He said he had been held for {{five
    days}} in a camp near Tehran with [[about 400 other men|arrested;a=Ahmad Shah]] before he was put
    on a bus to the border. He said [[two nephews|missing;a=Ahmad Shah]] were lost in the crowd at
    the crossing and had not been found. IOM said [[about 28,000 people|returned;a=IOM]] crossed at
    Islam Qala on Monday. The centre has [[18 registration desks|other;u=other]], and people waited
    up to {{nine hours}} to reach one. A WFP official said the agency was serving hot meals for [[20,000
    people|aid;a=A WFP official]] a day.""",
)

item(
    "Torkham to open around the clock for returnees",
    """Pakistan and Afghanistan agreed on Tuesday to keep the Torkham crossing open {{24 hours}} a
    day for people returning to Afghanistan, officials on both sides said. Until now the crossing
    has been open from {{7am}} to {{7pm}}. The change will take effect from {{March 15}}. Traders
    will still need a visa, which costs {{$60}} and is valid for {{90 days}}. The crossing lies
    about {{5km}} from Landi Kotal on the old Khyber road.""",
)

item(
    "UNHCR to cut cash for returning families as funds run short",
    """KABUL - UNHCR said on Thursday it would cut its cash grant to returning families because of a
    funding shortfall. The agency said it had assisted [[310,000 returnees|aid;a=The
    agency;alt=UNHCR]] in {{2025}} but had money for only [[about 60,000 more|aid;n=-;a=The
    agency;alt=UNHCR;p]]. It estimated that [[2.4 million people|returned;a=UNHCR;p]] could return
    from Iran and Pakistan in {{2026}}. UNHCR's appeal for Afghanistan is {{28 percent}} funded.
    WFP, which feeds new arrivals at [[four border points|capacity]], said it had been forced to cut
    rations for [[1 million people|aid;a=WFP]] across the country. OCHA said [[22.9 million
    people|civilians;a=OCHA]] in Afghanistan needed humanitarian aid this year.""",
)

item(
    "Taliban ministry opens new reception centres at Islam Qala",
    """The Taliban's Ministry of Refugees and Repatriation said it had built [[three new reception
    centres|capacity;a=The Taliban's Ministry of Refugees and Repatriation]] at Islam Qala, each able
    to hold [[5,000 people|capacity;a=The Taliban's Ministry of Refugees and Repatriation]].
    Abdul Mutalib Haqqani, the ministry's spokesman, said [[about 2,000 tents|aid;a=Abdul Mutalib
    Haqqani]] and [[700 prefabricated rooms|capacity;u=structure;a=Abdul Mutalib Haqqani]] had been
    sent to the site. He said [[1.1 million|returned;a=Abdul Mutalib Haqqani]] had crossed from
    Iran since {{January}}. Under a plan approved by the cabinet, [[57 townships|capacity;u=structure;p]]
    for returnees are to be built across the country, with work on the first of them due to start this year. The
    ministry did not say how the plan would be paid for.""",
)

item(
    "UNICEF vaccinates, feeds and reunites children at the border",
    """UNICEF said [[about 80,000 children|aid;a=UNICEF]] returning from Iran and Pakistan had been
    vaccinated against polio and measles at border points in {{2025}}, and [[3,400|aid;a=UNICEF]]
    had been treated for severe acute malnutrition. The agency said {{one in three}} returnee
    children under {{five}} it screened at Torkham was underweight. UNICEF runs [[nine child-friendly
    spaces|other;u=structure]] at the crossings. Staff registered [[2,700 children|returned;a=the agency;alt=UNICEF]]
    who crossed without a parent, the agency said, and [[about 1,900|other;a=the agency;alt=UNICEF]]
    have since been reunited with their families. [[Eleven|displaced]] were still in interim care at
    the end of the year.""",
)

item(
    "Fire from Pakistan hits Spin Boldak, returnees among wounded",
    """SPIN BOLDAK - [[At least 12 civilians|killed;a=Zabihullah Mujahid;alt=Taliban spokesman
    Zabihullah Mujahid]] were killed and [[more than 100|injured;a=Zabihullah Mujahid;alt=Taliban
    spokesman Zabihullah Mujahid]] wounded when Pakistani forces fired into Spin Boldak on
    Wednesday, Taliban spokesman Zabihullah Mujahid said. Pakistan's military said it had killed
    [[15 to 20 Taliban fighters|killed;a=Pakistan's military]] in response to attacks on its posts, and that [[two of its soldiers|injured;a=Pakistan's military]] were wounded.
    Among the wounded were [[several dozen returnees|injured;a=camp staff]] staying at the reception
    camp beside the crossing, camp staff said. [[About 6,000 people|displaced]] in the camp were
    moved by truck to Kandahar city overnight. [[Hundreds of families|displaced;a=residents]] also
    fled the town, residents said. The Taliban said they had moved [[hundreds of fighters|combatants;a=The Taliban]] to the border. A {{48-hour}} truce was agreed on Wednesday evening.""",
)

item(
    "Returnees get a grant, but it runs out fast",
    """JALALABAD - At a UNHCR distribution point in Jalalabad, [[about 350 families|aid]] queued on
    Sunday for a one-off grant of {{$200}}. UNHCR said [[more than 95,000 returnee
    families|aid;a=UNHCR]] had received cash since {{September}}, and it planned to reach [[another
    30,000|aid;u=household;a=UNHCR;p]] by {{March}}. A survey by the Danish Refugee Council found that {{seven
    in 10}} families had spent the grant within {{a month}}, mostly on rent and food. [[Between 200 and 300 returnee families|aid;a=the council;alt=the Danish Refugee Council]] in the city are on its rent-support scheme, the council said. Abdul Rahim,
    who is {{52}}, said his family's share had paid for {{two months}} in a single room. The
    provincial refugee department said [[12,000 returnee families|displaced;a=The provincial refugee
    department]] were living with relatives in the city. WFP said it was giving monthly rations to
    [[200,000 returnees|aid;a=WFP]] in the east.""",
)

item(
    "Rights groups say 'voluntary' returns from Pakistan are forced",
    """Of the [[541,000 people|returned;a=IOM and UNHCR]] who had left Pakistan by the end of
    {{February 2024}}, [[about 31,000|returned;a=IOM and UNHCR]] were formally deported, according to
    IOM and UNHCR. Rights groups say the rest had little choice. Lawyers said police had demolished [[hundreds of homes|housing;a=Lawyers]] in Karachi's Afghan Basti in the same period. Amnesty International said it had
    interviewed [[27 Afghans|other;a=Amnesty International]] who left only after police raids,
    threats from landlords or the loss of their jobs. Pakistani rights lawyers estimate that [[at
    least 1,300 Afghans|arrested;a=Pakistani rights lawyers]] were still in detention in {{March}}.
    [[Tens of thousands of Afghans|civilians;a=community leaders]] have stopped sending their
    children to school for fear of arrest, community leaders say. Pakistan's foreign office said
    all returns were carried out "in a phased and orderly manner".""",
)

item(
    "Children die of cold in border camp as winter sets in",
    """JALALABAD - [[Four children|killed;a=camp residents]] died of cold at the Omari camp near
    Torkham in the past week, camp residents said, as night temperatures fell to {{minus 8C}}. The
    Afghan Red Crescent Society said it had distributed [[6,000 blankets|aid;a=The Afghan Red
    Crescent Society]] and [[1,200 winter kits|aid;a=The Afghan Red Crescent Society]] in the camp.
    The Norwegian Refugee Council said [[about 3,500 families|displaced;a=The Norwegian Refugee
    Council]] were still living in tents there. Health workers said [[more than 200
    people|injured;a=Health workers]] had been treated for pneumonia and frostbite. OCHA warned that
    [[up to 750,000 returnees|civilians;a=OCHA;p]] would need winter help before {{March}}, and that
    its winter plan was only {{30 percent}} funded.""",
)

item(
    "Frontier Corps turns back deportees trying to re-enter Pakistan",
    """PESHAWAR - The Frontier Corps said it had turned back [[more than 3,000 people|returned;a=The
    Frontier Corps]] trying to re-enter Pakistan from Afghanistan through mountain paths in Bajaur
    and Mohmand in {{October}}. [[About 800|arrested]] were detained and handed to police.
    [[Between 50 and 60 smugglers|arrested;a=the Frontier Corps]] were also arrested, the Frontier Corps said. Smugglers charge around {{Rs 25,000}} for the {{six-hour}} walk. Local officials said [[two
    men|killed;a=Local officials]] fell to their deaths from a ridge near Nawa Pass. The Frontier
    Corps said it had posted [[1,500 extra personnel|combatants;a=The Frontier Corps]] along the
    fence and built [[40 new outposts|other;a=The Frontier Corps]]. Many of those caught had been
    deported only {{weeks}} earlier, officials said.""",
)

item(
    "Pakistan requires passports and visas at Torkham",
    """Pakistan's interior ministry said that from {{November 1, 2023}} Afghans crossing at Torkham
    would need a valid passport and visa, ending the use of national identity cards. A single-entry
    visa costs {{$60}} and is valid for {{90 days}}. Traders said about {{40 percent}} of regular
    cross-border workers did not hold passports. The ministry said the rule had been agreed in
    {{2016}} but never enforced. The Taliban said they had not been consulted.""",
)

item(
    "Taliban lay on buses as Islam Qala arrivals swamp Herat",
    """HERAT - The Taliban's High Commission for Addressing Returnees' Problems said it had arranged
    [[1,450 buses and trucks|aid;a=The Taliban's High Commission for Addressing Returnees' Problems;n=buses
    and trucks]] to move people from Islam Qala to their provinces. [[About 70,000 people|aid;a=the commission;alt=The Taliban's High Commission for Addressing Returnees' Problems]] were taken
    onward in the week to {{July 10}}, the commission said. It said it had registered [[94,000
    families|returned;a=the commission;alt=The Taliban's High Commission for Addressing Returnees'
    Problems]] since {{June}}. Traffic police said [[three buses|other;u=other;a=Traffic police]] had crashed on the Herat-Kandahar road in {{two weeks}}, killing [[eight passengers|killed;a=Traffic police]]. Returnees said drivers still demanded {{500 afghanis}} a seat. [[Some
    2,300 people|displaced]] were waiting at the centre on Friday for transport. Herat's governor
    said [[200 more buses|aid;a=Herat's governor;p]] would be added next week.""",
)

item(
    "Deportees describe beatings in Iranian camps",
    """HERAT - Doctors at the Islam Qala clinic said they had treated [[more than 60
    deportees|injured;a=Doctors at the Islam Qala clinic]] in {{July}} for injuries consistent with
    beatings. Richard Bennett, the UN special rapporteur on Afghanistan, said he had received reports
    of [[at least five deaths|killed;a=Richard Bennett]] in Iranian deportation camps this year.
    Of those, [[11|injured]] were sent on to Herat regional hospital with broken bones. Deportees said they were held in halls with [[up to 200 men|arrested;a=Deportees]] and given
    bread once a day. The Norwegian Refugee Council, which interviewed [[412 deportees|other;a=The
    Norwegian Refugee Council]] at Islam Qala, said {{more than half}} had been held for over
    {{a week}}. Families told UNAMA that [[at least 30 men|missing;a=Families]] detained in Iran had
    not been heard from since. Iran's embassy in Kabul did not respond to a request for comment.""",
)

item(
    "IOM flash update: returns from Iran and Pakistan, week 27",
    """In the week to {{July 5}}, [[256,000 people|returned;a=IOM]] returned from Iran and
    [[9,800|returned;a=IOM]] from Pakistan, IOM said. Of the arrivals from Iran, [[about
    112,000|returned]] were deported. [[Some 4,300 unaccompanied children|returned]] were registered
    at the crossings. Partners gave [[38,000 people|aid]] cash and [[52,000 people|aid]] hot meals,
    and distributed [[14,500 hygiene kits|aid]]. [[Around 9,600 people|displaced]] were stranded at
    Islam Qala for lack of transport. Daily arrivals peaked at [[between 40,000 and 45,000|returned;a=the agency;alt=IOM]],
    the agency said.""",
)
