"""Items of dev248: Yemen, Syria's camps and the UN's global counts, with one more from Colombia."""

from _wrap import item

item(
    "Houthis recruited thousands of children, UN experts say",
    """GENEVA - The Houthi movement recruited [[about 1,400 children|combatants;a=a panel of UN
    experts]] in Yemen over {{two years}}, many of whom were later killed in battle, a panel of UN
    experts said in a report to the Security Council. The experts said they had obtained a list of
    [[562 children|killed;a=The experts;alt=a panel of UN experts]] aged {{10 to 17}} who died
    fighting for the group between {{January 2020}} and {{May 2021}}. Summer camps run by the
    Houthis trained [[tens of thousands of boys|other;a=the report]] in ideology and weapons, the
    report said. The Saudi-led coalition said its forces had captured [[74 child fighters|arrested;a=The
    Saudi-led coalition]] since {{2019}} and handed [[52|returned;a=The Saudi-led coalition;n=-]]
    of them to the Yemeni government for return to their families. [[At least 11 schools|other;a=the report]] in Saada and Hajjah
    were being used as military posts, the report said.""",
)

item(
    "Marib rehabilitation centre has treated hundreds of boy soldiers",
    """MARIB, Yemen, {{2021}} - A Saudi-funded centre in Marib said it had rehabilitated [[more
    than 530 children|aid;a=A Saudi-funded centre in Marib]] recruited by the Houthis since it
    opened in {{2017}}, most of them captured on the front lines. The centre's director said
    [[41 boys|aid;a=The centre's director]] were currently enrolled, living in dormitories with
    space for [[60|capacity;n=-]], and that [[about 430|returned;a=The centre's director;n=-]] had
    been reunited with their families. "Some came to us with wounds, some with amputated legs," he
    said, adding that [[23|injured;a=The centre's director;n=-]] had needed prosthetic limbs. Marib
    itself hosts [[about 1 million displaced people|displaced;a=the International Organization for
    Migration]] in [[more than 190 camps|capacity;a=the International Organization for
    Migration]], according to the International Organization for Migration.""",
)

item(
    "Yemen: landmines and strikes killed thousands of children, UNICEF says",
    """SANAA - [[More than 3,900 children|killed;a=UNICEF]] have been killed in Yemen's war since
    {{March 2015}} and [[some 7,600|injured;a=UNICEF;n=-]] maimed, UNICEF said on Monday, adding
    that the true figures are probably far higher. The agency said it had verified the recruitment
    of [[nearly 4,000 children|combatants;a=The agency;alt=UNICEF]] by parties to the conflict over
    the same period. Landmines and unexploded ordnance killed or wounded a child
    {{every two days}} in {{2022}}. The agency said [[11 million children|civilians;a=The agency;alt=UNICEF]]
    need humanitarian aid and [[more than 2 million|displaced;a=The agency;alt=UNICEF;n=-]] have
    been displaced. It has supported [[about 1,600 children|aid]] released
    by armed groups with case management and schooling, and provided [[2,300 households|aid]] with cash grants.""",
)

item(
    "Iraq repatriates hundreds more families from Syria's al-Hol camp",
    """BAGHDAD, {{Jan 2024}} - Iraq brought back [[about 650 citizens|returned;a=Iraq's migration
    ministry]] from Syria's al-Hol camp on Tuesday, Iraq's migration ministry said, the latest in
    a series of repatriations that began in {{2021}}. The group, made up of [[158 families|returned]], was taken by bus to the {{Jeddah 1}} rehabilitation
    centre near Mosul, where residents spend {{several months}} before going home. The ministry
    said [[more than 9,000 Iraqis|returned;a=The ministry;alt=Iraq's migration ministry]] had now
    been brought back from the camp, and that [[around 16,000|civilians;a=The ministry;alt=Iraq's
    migration ministry;n=-]] remained there. {{Jeddah 1}} can hold [[about 3,000 people|capacity]] at a
    time. Kurdish officials who run al-Hol say it still holds [[some 43,000 residents|displaced;a=Kurdish
    officials who run al-Hol]], {{two-thirds}} of them
    children.""",
)

item(
    "Boys taken from al-Hol to Kurdish-run centres, rights groups say",
    """QAMISHLI, Syria - Kurdish-led authorities in north-east Syria have removed [[between 100 and
    150 boys|arrested;a=Human Rights Watch]] from their mothers in al-Hol and Roj camps since
    {{2022}} and placed them in closed "rehabilitation centres", Human Rights Watch said. The boys,
    some as young as {{11}}, are held at the Houri and Orkesh centres, which can take [[up to 300
    boys|capacity]] between them, the group said. [[About 10,000 foreign women and
    children|displaced;a=the group;n=women and children]] from around the world live in a
    fenced annex of al-Hol, according to the group. Local officials said [[at least 70 boys|arrested;a=Local officials]]
    aged over {{18}} had been moved from the centres to adult prisons for Islamic State suspects,
    where [[more than 9,000 men|arrested;a=Local officials]] are held. Security forces raided the
    camp in {{August}}, arresting [[312 people|arrested;a=Security forces]] suspected of working
    for the group and seizing [[dozens of weapons|other;a=Security forces]], they said.""",
)

item(
    "Repatriations from Syria's camps slow as countries balk",
    """GENEVA - Only [[about 7,000 foreign women and children|returned;a=Save the Children;n=women
    and children]] have been repatriated from the al-Hol and Roj camps in north-east Syria since
    {{2019}}, Save the Children said, while [[at least 25,000 children|civilians;a=Save the
    Children]] remain stuck there. The charity said Uzbekistan and Kazakhstan had each brought home
    [[more than 700|returned;a=The charity;alt=Save the Children;n=-]], while France had taken back
    [[fewer than 170 children|returned;a=The charity;alt=Save the Children]]. Since {{2021}},
    [[at least 120 children|killed;a=the charity;alt=Save the Children]] have died in al-Hol from
    fires, disease and violence, according to the charity, and [[dozens more|injured;a=the
    charity;alt=Save the Children;n=-]] have been badly burned. A fire in {{February}} destroyed
    [[42 tents|housing;a=camp officials]] and left [[about 200 residents|displaced;a=camp
    officials]] without shelter, camp officials said. Germany plans to bring back [[as many as 20
    children|returned;p;a=Germany]] and their mothers this year.""",
)

item(
    "UN annual report: grave violations against children hit record",
    """NEW YORK, {{June 2024}} - The United Nations verified [[32,990 grave violations|other;a=The
    United Nations;u=other]] against children in armed conflict in {{2023}}, the highest since
    monitoring began {{two decades}} ago, according to the Secretary-General's annual report on
    children and armed conflict. The report said [[5,301 children|killed;a=The report;alt=the Secretary-General's
    annual report on children and armed conflict]] were killed and [[6,348|injured;a=The report;alt=the
    Secretary-General's annual report on children and armed conflict;n=-]] maimed, and that armed
    groups and forces recruited and used [[8,655 children|combatants;a=The report;alt=the Secretary-General's
    annual report on children and armed conflict]]. [[Some 4,356 children|kidnapped;a=The report;alt=the
    Secretary-General's annual report on children and armed conflict]] were abducted, it said. The
    report counted [[1,650 attacks on schools and hospitals|other;a=The report;alt=the
    Secretary-General's annual report on children and armed conflict;u=other;n=attacks]]. It said
    [[more than 10,600 children|combatants;a=The report;alt=the Secretary-General's annual report on
    children and armed conflict]] had been released from armed forces and groups during the year
    and given reintegration support. [[Two new parties|other;u=other;n=parties]] were added to the
    report's annex of violators.""",
)

item(
    "Yemen government and Houthis swap detainees including minors",
    """ADEN, Yemen - The Yemeni government and the Houthis exchanged [[nearly 900
    detainees|other;a=the International Committee of the Red Cross]] over {{three days}}, the
    International Committee of the Red Cross said on Sunday, among them [[27 minors|other;a=the
    International Committee of the Red Cross]]. The ICRC said [[15 flights|other;a=The ICRC]]
    carried the released men and boys between Sanaa, Aden, Marib and Abha in Saudi Arabia. The
    Houthis freed [[181 prisoners|other;a=Houthi officials]], including [[15 Saudis|other;a=Houthi
    officials]] and [[three Sudanese|other;a=Houthi officials;n=Sudanese]], Houthi officials said,
    and received [[706|other;a=Houthi officials;n=-]] in return. Families of [[hundreds of
    others|missing;a=Families]] still held or missing say they have heard nothing of them since
    {{2015}}. A government negotiator said [[between 1,500 and 2,000 prisoners|other;p;a=A
    government negotiator]] could be freed in a {{second}} round.""",
)

item(
    "Saudi-led coalition strike on Dahyan school bus killed dozens of boys",
    """DAHYAN, Yemen, {{Aug 2018}} - An air strike by the Saudi-led coalition hit a bus carrying
    schoolboys on a trip in a crowded market in Dahyan on Thursday, killing [[at least 40
    children|killed;a=the International Committee of the Red Cross]], the International Committee
    of the Red Cross said. Health officials in the Houthi-run province of Saada said [[51
    people|killed;a=Health officials in the Houthi-run province of Saada]] were killed in all and
    [[79|injured;a=Health officials in the Houthi-run province of Saada;n=-]] wounded, [[56|injured;a=Health
    officials in the Houthi-run province of Saada;n=-]] of them children. Most of the boys were
    under {{15}}. The ICRC-supported hospital in Saada received [[29 bodies|killed;a=the
    ICRC]], the ICRC said. The coalition said the strike was a legitimate response to a missile
    fired at the Saudi city of Jizan. Shops and [[a dozen homes|housing]] near the market were
    damaged in the blast.""",
)

item(
    "Yemen: Houthis sign UN plan to end use of child soldiers",
    """SANAA, {{April 2022}} - The Houthis signed an action plan with the United Nations on Monday
    to end the recruitment and use of children and to release those in their ranks within {{six
    months}}. The UN said it had verified the recruitment of [[more than 3,500 children|combatants;a=The
    UN]] in Yemen since {{2010}}, [[about 2,000|combatants;a=The UN;n=-]] of them by the
    Houthis. UNICEF said it would set up [[four reception centres|capacity;p;a=UNICEF]] in Sanaa,
    Hodeidah, Hajjah and Dhamar, each able to take [[50 to 70 children|capacity;p;a=UNICEF]], and
    aimed to support [[up to 1,000 released children|aid;p;a=UNICEF]] in the first year. Rights
    groups were sceptical. Mwatana for Human Rights said it had documented [[411 cases|combatants;a=Mwatana
    for Human Rights;u=person;n=cases]] of child recruitment by the group in {{2021}} alone, and
    that [[at least 60 of those children|killed;a=Mwatana for Human Rights;n=children]] had died on
    the front lines. Houthi officials said [[no more than 200 under-18s|combatants;a=Houthi
    officials;n=under-18s]] remained with their forces.""",
)

item(
    "Syria: SDF hands over boys recruited by youth wing",
    """HASAKAH, Syria - The Kurdish-led Syrian Democratic Forces said on Wednesday they had
    demobilised [[about 150 children|combatants;a=The Kurdish-led Syrian Democratic Forces]] and
    returned [[84|returned;a=The Kurdish-led Syrian Democratic Forces;n=-]] to their families
    since signing an action plan with the UN in {{2019}}. The SDF's child protection office said
    it had received [[more than 600 complaints|other;a=The SDF's child protection office;u=other]]
    from parents whose children were taken by the Revolutionary Youth, a group linked to the
    Kurdistan Workers' Party. [[Dozens of girls|missing;a=parents]] are still unaccounted for,
    parents say. The UN verified the recruitment of [[231 children|combatants;a=The UN]] by the
    SDF and affiliated groups in {{2023}}. Turkish drone strikes in the region killed [[at least
    eight children|killed;a=a local monitor]] in {{January}}, a local monitor said, and damaged
    [[more than 30 buildings|housing;a=a local monitor]], including [[two schools|housing;a=a
    local monitor]].""",
)

item(
    "Colombia's ELN frees kidnapped teenagers in Arauca",
    """ARAUCA, Colombia - The National Liberation Army (ELN) freed [[six teenagers|kidnapped;a=the
    Ombudsman's Office]] it had held for {{two months}} in the eastern department of Arauca, the
    Ombudsman's Office said on Friday. The teenagers, [[two|kidnapped;a=the Ombudsman's Office;n=-]]
    of them girls, were handed to a humanitarian commission of the Catholic Church and the UN.
    The office said fighting between the ELN and FARC dissidents in Arauca had killed [[more than
    100 people|killed;a=The office;alt=the Ombudsman's Office]] in {{2022}} and displaced [[around
    4,000 families|displaced;a=The office;alt=the Ombudsman's Office]]. It said [[at least 17
    children|combatants;a=The office;alt=the Ombudsman's Office]] had been recruited in the
    department that year, and that [[some 40 schools|other;a=The office;alt=the Ombudsman's
    Office]] were closed for {{weeks}}. Authorities have set up [[three shelters|capacity]] in Tame
    and Saravena with room for [[800 to 1,000 people|capacity]].""",
)

item(
    "Hodeidah mine victims: boys who cleared fields for Houthis",
    """HODEIDAH, Yemen - [[Twenty-three children|injured;a=Save the Children]] were wounded by
    landmines and unexploded shells in Hodeidah province in {{December}}, Save the Children said,
    [[nine|injured;a=Save the Children;n=-]] of them while herding livestock near former front
    lines. [[Four boys|killed;a=the charity;alt=Save the Children]] were killed, the charity said.
    Yemen's mine action centre says it has removed [[more than 440,000 mines and
    explosive devices|other;a=Yemen's mine action centre;n=mines and explosive devices]] since
    {{2018}}. Survivors told the charity that Houthi commanders had sent [[some 30 boys|combatants;a=Survivors]]
    from their villages to clear fields by hand. The charity is supporting [[120 families|aid;a=The
    charity;alt=Save the Children]] of injured children with cash for treatment and transport,
    it said, and [[an estimated 5,000 households|civilians]] live in areas still seeded with
    mines.""",
)

item(
    "Roj camp fire leaves families homeless as winter sets in",
    """AL-MALIKIYAH, Syria - A fire swept through part of the Roj camp in north-east Syria on
    Tuesday, killing [[three people|killed;a=camp officials]], a woman and two children, and burning [[15 tents|housing;a=camp officials]], camp officials said. [[Eleven
    people|injured]] were treated for burns. The camp holds [[about 2,600
    people|displaced;a=The Autonomous Administration of North and East Syria]], mainly the wives
    and children of Islamic State fighters from many countries, according to The
    Autonomous Administration of North and East Syria. The administration said [[87
    families|displaced;a=The administration;alt=The Autonomous Administration of North and East
    Syria]] had lost their shelter and were moved to a reception hall that can take [[up to 60
    families|capacity;a=The administration;alt=The Autonomous Administration of North and East
    Syria]]. Aid groups said they would deliver [[300 blankets|aid;p;a=Aid groups]] and [[40
    heaters|aid;p;a=Aid groups;u=other]] this week.""",
)

item(
    "Yemen's child soldier rehabilitation fund extended to 2027",
    """RIYADH - The King Salman Humanitarian Aid and Relief Centre said on Sunday it had extended
    its project to rehabilitate children recruited in Yemen until {{2027}}, adding {{$4.5
    million}} to the {{$19 million}} spent since {{2017}}. The project, now in its {{eighth}}
    phase, offers courses lasting {{three to six months}}. The centre said {{85 per cent}} of the
    budget goes to psychological support and schooling. Its {{2023}} evaluation found that
    attendance rose by {{40 per cent}} after transport stipends of {{$25}} a month were
    introduced. The next phase begins on {{March 1}}.""",
)

item(
    "Syria's camps: UN rapporteur sets deadline for repatriation plans",
    """GENEVA - The UN special rapporteur on counter-terrorism and human rights urged states on
    {{Feb 3}} to present repatriation plans within {{90 days}}, saying detention of children in
    north-east Syria's camps since {{2019}} amounted to collective punishment. Her report, the
    {{third}} on the camps, said {{more than 60 per cent}} of their residents were under {{12}}.
    Temperatures in al-Hol fell to {{minus 4C}} in {{January}}. The camps' annual running costs are
    put at about {{$70 million}}, {{a fifth}} of it for water trucking. A hearing is set for
    {{June 2026}}.""",
)
