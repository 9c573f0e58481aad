"""dev137 negatives (2 of 4): sport, politics and courts, peace (eval/README.md, 1)."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Haiti qualify for the World Cup for the first time since 1974",
        _t("""
        Haiti qualified for the FIFA World Cup for the first time in more than half a century on
        Tuesday night, beating Nicaragua 2-0 in Willemstad, Curaçao, to finish top of their group
        in the final round of CONCACAF qualifying. Goals from Ruben Providence in the first half and
        Louicius Deedson after the break sealed a historic night for the Grenadiers, who played all
        their 'home' matches abroad because of the insecurity in Port-au-Prince, where gangs control
        most of the capital and the national stadium has been unusable. In Port-au-Prince,
        Cap-Haïtien and Les Cayes, thousands of fans poured into the streets after the final
        whistle, waving flags and honking horns. 'This is for all Haitians who are suffering, who
        have lost everything, who cannot go home,' the French coach Sébastien Migné said at a
        tearful press conference. The players, most of whom play their club football in France,
        the United States and Canada, did not play a single match in Haiti during the campaign.
        Haiti's only previous World Cup appearance was in West Germany in 1974, when Emmanuel Sanon
        scored against Italy's legendary goalkeeper Dino Zoff. The Haitian Football Federation said
        it hoped the team's success would 'bring a little light' to a country exhausted by violence
        and hunger.
        """),
        "sport",
    ),
    (
        "Fakhar's blistering hundred powers Qalandars to victory over Karachi Kings",
        _t("""
        Fakhar Zaman smashed a 52-ball century as Lahore Qalandars chased down a target of 201 with
        two overs to spare against Karachi Kings at the Gaddafi Stadium on Saturday night, keeping
        their hopes of a play-off spot alive. The left-hander launched a brutal attack on the Kings'
        pace bowlers in the powerplay, hitting nine fours and seven sixes, and shared a 128-run
        stand for the second wicket with Abdullah Shafique. Earlier, Karachi Kings posted 200-5
        after being sent in to bat, with captain David Warner top-scoring with 71 off 44 balls.
        Lahore skipper Shaheen Shah Afridi, who conceded 48 runs in his four overs, admitted his
        bowlers had been 'under siege' in the final overs on a flat pitch. 'We knew if Fakhar
        batted for 15 overs, we would win the game,' he said at the post-match presentation.
        Security was tight around the stadium, with roads leading to the venue sealed off and more
        than 3,000 police personnel deployed, in line with the arrangements for foreign players
        that have been in place since international cricket returned to Pakistan. The Qalandars
        will face Islamabad United in Rawalpindi on Monday.
        """),
        "sport",
    ),
    (
        "Tigers script historic 10-wicket Test win over Pakistan in Rawalpindi",
        _t("""
        Bangladesh registered their first-ever Test victory over Pakistan, winning the opening
        match of the two-Test series by 10 wickets on the final day in Rawalpindi yesterday.
        Spinners Mehidy Hasan Miraz and Shakib Al Hasan shared seven wickets as Pakistan were bowled
        out for 146 in their second innings, leaving the visitors a target of just 30, which
        openers Zakir Hasan and Shadman Islam knocked off in 6.3 overs. Mushfiqur Rahim's marathon
        191 in the first innings, which gave Bangladesh a lead of 117 runs, had set up the win after
        Pakistan declared on 448-6 on the second day. 'We came here to fight, and the boys showed
        character on a difficult wicket,' skipper Najmul Hossain Shanto said after the match,
        dedicating the win to the people of Bangladesh, who 'have been through a lot in the last
        few weeks'. The victory came barely three weeks after the fall of the Sheikh Hasina
        government following weeks of student-led protests in which hundreds of people were
        killed, and days after flooding in the eastern districts. Several players had spoken of
        their worries about their families before the team left for Pakistan. The second Test
        begins in Rawalpindi on Friday.
        """),
        "sport",
    ),
    (
        "Nacional beat Millonarios at El Campín; fights between fans outside the stadium leave 12 injured",
        _t("""
        Atlético Nacional beat Millonarios 2-1 at El Campín on Sunday night with a stoppage-time
        goal from Alfredo Morelos, a result that left the Bogotá club fourth in the league table
        and three points away from the places for the semifinal groups. Millonarios had taken the
        lead through Leonardo Castro in the 28th minute, but Nacional equalised after the break with
        a header from a corner and, with the home side pressing forward in search of a winner,
        caught them on the counterattack in the 93rd minute. 'We attacked and attacked, and in the
        end we paid for leaving spaces at the back,' the Millonarios coach said. Outside the
        stadium, groups of fans of both clubs fought with sticks and stones on Carrera 30 before and
        after the match, and police used tear gas to separate them, Bogotá's security department
        said. Twelve people were injured, one of them with a stab wound, and 38 were detained. The
        mayor's office said it would ask the league to impose sanctions and that visiting fans
        could be banned from the next clásico. Nacional moved up to second place, two points behind
        the leaders Santa Fe.
        """),
        "sport",
    ),
    (
        "Over 2,000 runners take part in Kashmir's first international marathon",
        _t("""
        More than 2,000 runners, including athletes from Kenya, Ethiopia and 13 other countries,
        took part in the first Kashmir Marathon on Sunday, running along the banks of the Dal Lake
        and through the old city of Srinagar. Chief Minister Omar Abdullah, who ran the half
        marathon himself, said the event showed that Kashmir was 'open to the world' and that the
        days when 'people were afraid to come out of their homes' were over. The full marathon was
        won by a Kenyan runner in 2:18:41, while an Indian athlete from the Army Sports Institute
        finished third. The route passed through areas that had seen frequent stone-pelting and
        clashes between youths and security forces until a few years ago, and residents gathered
        on balconies and rooftops to cheer the runners. The event was organised by the Jammu and
        Kashmir Tourism Department with the support of the Army's Chinar Corps and the J&K Police,
        who deployed personnel along the 42-km route. 'I was told Kashmir was dangerous, but people
        were offering us water and kahwa along the way,' said a runner from Mumbai. Officials said
        they hoped to make the marathon an annual fixture on the international running calendar.
        """),
        "sport",
    ),
    (
        "Turnout below 13% in Mexico's first election of judges; opposition calls it a failure",
        _t("""
        Just under 13% of registered voters took part in Sunday's election of more than 2,600
        federal judges, magistrates and Supreme Court justices, the National Electoral Institute
        (INE) said, in a vote that the ruling Morena party hailed as a democratic milestone and the
        opposition described as a failure. President Claudia Sheinbaum said at her morning news
        conference on Monday that Mexicans had 'exercised a right that they never had before' and
        that 13 million votes were a significant number for a first election of its kind.
        Opposition parties, which had called for a boycott, said the low turnout showed that
        citizens had rejected a reform designed to subordinate the courts to the government.
        Counting was slow because voters had to fill in up to six ballots with long lists of
        candidates identified only by numbers. Observers from the Organization of American States
        said the complexity of the ballots and the distribution of 'acordeones', cheat sheets with
        recommended candidates, had raised concerns about the independence of voters. Several
        candidates in Michoacán and Tamaulipas had withdrawn during the campaign, citing threats,
        and the INE said a few dozen polling stations could not be installed. The new Supreme Court
        will take office on 1 September.
        """),
        "politics",
    ),
    (
        "SC constitutional bench upholds military trials of civilians in May 9 cases",
        _t("""
        A seven-member constitutional bench of the Supreme Court on Wednesday set aside its earlier
        judgement and restored provisions of the Army Act that allow civilians to be tried by
        military courts, in a majority verdict on intra-court appeals over the trials of civilians
        accused in the May 9, 2023 riots. The bench announced the short order by a majority of five
        to two. The riots broke out after the arrest of PTI founder Imran Khan from the premises of
        the Islamabad High Court, when his supporters attacked military installations, including
        the Corps Commander's House in Lahore and the General Headquarters in Rawalpindi. Military
        courts have since convicted 85 civilians, handing down sentences of two to 10 years, and
        some of them were later pardoned by the army chief. The PTI said it would challenge the
        verdict and described it as 'a dark day for fundamental rights'. The attorney general told
        the court that the trials had been conducted under the law and that the accused had the
        right to appeal. Legal experts said the verdict would further strengthen the military's
        hand in the country's politics.
        """),
        "politics",
    ),
    (
        "J&K Assembly polls: 61% turnout in first phase, highest in three decades in south Kashmir",
        _t("""
        An estimated 61.13% of voters cast their ballots in the first phase of the Jammu and Kashmir
        Assembly elections on Wednesday, the highest turnout in the region's 24 constituencies in
        over three decades, according to the Election Commission. Long queues were seen outside
        polling stations in Kulgam, Shopian and Pulwama, districts that were once the epicentre of
        militancy and where boycott calls by separatists had kept voters away in past elections.
        'We used to hear about guns and funerals, now we want roads, jobs and electricity,' said a
        first-time voter in Shopian. Polling was peaceful, officials said, with no incident
        reported from any of the constituencies. Security arrangements were tight, with additional
        companies of central armed police forces deployed at all polling stations. The elections
        are the first since the abrogation of Article 370 in August 2019, which stripped the region
        of its special status and statehood. The second phase, covering Srinagar and Budgam, will
        be held on September 25, and counting is scheduled for October 8.
        """),
        "politics",
    ),
    (
        "Honduras vote count stalls as Asfura and Nasralla run neck and neck",
        _t("""
        Honduras's election authorities resumed the counting of votes on Wednesday after a day-long
        suspension caused by technical problems, with the conservative Nasry Asfura holding a
        razor-thin lead over the centrist Salvador Nasralla three days after the presidential
        election. With about 88% of tally sheets counted, Asfura of the National Party had 40.2% of
        the vote, against 39.6% for Nasralla of the Liberal Party, the National Electoral Council
        (CNE) said. Rixi Moncada, the candidate of the ruling left-wing Libre party, was a distant
        third and has said she will not accept the results, accusing the United States of
        interfering. US President Donald Trump had endorsed Asfura before the vote and suggested
        that US support for Honduras would depend on the result, and on Monday he accused the CNE
        of 'trying to change the count'. Nasralla's supporters gathered outside the CNE's counting
        centre in Tegucigalpa, waving flags and demanding transparency, while the observer mission
        of the Organization of American States urged calm. The outgoing president, Xiomara Castro,
        is barred from running again. The winner will take office on 27 January for a four-year
        term.
        """),
        "politics",
    ),
    (
        "Hasina sentenced to death in absentia for crimes against humanity during July uprising",
        _t("""
        The International Crimes Tribunal-1 yesterday sentenced ousted prime minister Sheikh
        Hasina to death in absentia after finding her guilty of crimes against humanity over the
        deadly crackdown on the student-led uprising of July and August last year. The three-member
        tribunal also sentenced former home minister Asaduzzaman Khan Kamal to death, while former
        inspector general of police Chowdhury Abdullah Al-Mamun, who turned state witness, was
        given five years in prison. The tribunal found that Hasina had ordered the use of lethal
        weapons, helicopters and drones against protesters, citing recordings of her phone
        conversations and the testimonies of 54 witnesses. According to a UN fact-finding report,
        as many as 1,400 people may have been killed during the uprising, most of them by the
        security forces. Hasina, who has been living in India since she fled Dhaka on August 5,
        2024, dismissed the verdict in a statement as 'the decision of a rigged tribunal'.
        Relatives of those killed in the uprising, who had gathered in the courtroom, wept and
        embraced as the verdict was read out. Security was tightened across the capital, with
        members of the army, the Border Guard Bangladesh and police deployed around the tribunal
        and at key intersections. The interim government said it would formally ask India to
        extradite the two convicts.
        """),
        "politics",
    ),
    (
        "Comuneros del Sur hand over first batch of weapons in Nariño under peace deal",
        _t("""
        The Comuneros del Sur, a former ELN faction that broke away from the guerrilla in 2023,
        handed over a first batch of weapons and explosives to the government on Thursday in the
        municipality of Samaniego, Nariño, in the first ceremony of its kind under the 'total
        peace' policy of President Gustavo Petro. Members of the group delivered 40 rifles,
        grenades, mortar rounds and more than 300 kilograms of explosives, which were destroyed by
        army engineers in the presence of delegates from the United Nations, the Catholic Church
        and the Nariño governor's office, according to the government's peace delegation. 'Today we
        are not surrendering, we are transforming ourselves into a political and social force for
        the territory,' said the group's commander, who read a statement dressed in civilian
        clothes. The agreement, signed in July, provides for the group's fighters to move to
        transitional locations, and for investment in roads, schools and crop substitution in the
        municipalities where it operated. Critics of the process, including opposition lawmakers
        and some victims' organisations, have questioned what guarantees exist that the weapons
        handed over represent the group's entire arsenal. The peace commissioner said the delivery
        showed that 'negotiated peace is possible' and called on other armed groups to follow. The
        ELN, which has been at war with the Comuneros in parts of Nariño, did not comment.
        """),
        "peace",
    ),
    (
        "Peace dialogue with BRN resumes in Kuala Lumpur after year-long pause",
        _t("""
        Thai government negotiators and representatives of the Barisan Revolusi Nasional (BRN) met
        in Kuala Lumpur on Tuesday for the first formal round of peace talks in more than a year,
        agreeing to work on a framework for reducing violence in the southern border provinces, the
        Malaysian facilitator said. The two-day meeting, held behind closed doors, focused on the
        'Joint Comprehensive Plan Towards Peace' that the two sides had endorsed in principle last
        year, including a possible scaling down of military operations, public consultations in the
        region and a political solution, he said. The new head of the Thai delegation, a former
        deputy secretary-general of the National Security Council, said the government was 'sincere
        and patient' but that Thailand's sovereignty and territorial integrity were not up for
        negotiation. The BRN delegation said in a statement that the Patani people's right to
        self-determination must be at the heart of any settlement. Civil society groups in
        Pattani, Yala and Narathiwat, where more than 7,000 people have been killed since 2004,
        welcomed the resumption of talks but urged both sides to include women and victims'
        families. The next round is expected in two months.
        """),
        "peace",
    ),
    (
        "50 Maoists, including 14 with rewards, surrender in Bijapur",
        _t("""
        Fifty Maoists, including 14 cadres carrying a combined reward of ₹68 lakh on their heads,
        surrendered before senior police and Central Reserve Police Force officials in
        Chhattisgarh's Bijapur district on Sunday, the police said. The cadres, who included
        members of the Maoists' local organisation squads, militia platoons and a jan militia
        commander, said they were disillusioned with the 'hollow' ideology of the outlawed CPI
        (Maoist) and attracted by the State government's new surrender and rehabilitation policy,
        according to a police statement. Each of them was given an incentive of ₹50,000, and they
        will be provided with housing, skill training and employment under the policy, officials
        said. The Bijapur Superintendent of Police said the surrenders were the result of the
        growing number of security camps in the interior and of the 'Niyad Nellanar' scheme, which
        brings roads, electricity and ration shops to villages near the camps. More than 650
        Maoists have surrendered in the Bastar range since January last year, he said. Union Home
        Minister Amit Shah welcomed the surrenders in a post on X and urged the remaining cadres to
        'give up arms and join the mainstream' before the March 2026 deadline. The Maoists' South
        Bastar Division Committee has called the policy a 'conspiracy' to divide the movement.
        """),
        "peace",
    ),
    (
        "Over 1,000 former rebels apply for amnesty as deadline nears",
        _t("""
        More than 1,000 former members of the New People's Army (NPA), the Moro Islamic Liberation
        Front (MILF) and the Moro National Liberation Front (MNLF) have applied for amnesty under
        the proclamations signed by President Ferdinand Marcos Jr. last year, the National Amnesty
        Commission (NAC) said on Monday. The amnesty covers crimes committed in pursuit of political
        beliefs, such as rebellion and illegal possession of firearms, but excludes kidnapping for
        ransom, massacre, rape and grave violations of the Geneva Conventions, the commission said.
        The NAC chairperson said local amnesty boards had been set up in 14 regions, and that the
        deadline for applications had been extended by a year after Congress concurred with the
        proclamations. 'Many of the applicants laid down their arms years ago and have been living
        in fear of arrest ever since,' said a lawyer who assists former rebels in Davao. Among the
        applicants are about 400 former NPA fighters who surrendered in recent years under the
        government's Enhanced Comprehensive Local Integration Program, which offers cash and
        livelihood assistance. Left-wing groups have criticized the program, saying that farmers
        and activists who were never rebels have been presented as 'surrenderers' for propaganda.
        The NAC expects thousands more applications before the extended deadline.
        """),
        "peace",
    ),
    (
        "New Zealand pilot Philip Mehrtens freed after 19 months in hands of Papuan rebels",
        _t("""
        New Zealand pilot Philip Mehrtens was released on Saturday by the West Papua National
        Liberation Army (TPNPB), more than a year and a half after he was taken hostage in the
        remote highlands of Papua, Indonesian authorities said. Mehrtens, 38, was handed over to a
        team of security officials, church leaders and local figures in Nduga regency and flown by
        helicopter to Timika, where he underwent a medical checkup before being reunited with his
        family, police said. He appeared thin but in good health in photos released by the Cartenz
        Peace Operation task force. Mehrtens, who flew for the Indonesian airline Susi Air, was
        seized by a rebel unit shortly after landing a small commuter plane in Paro district in
        February 2023. The TPNPB had initially demanded that New Zealand and other countries press
        Indonesia to recognize Papuan independence, but later said it would release him for
        humanitarian reasons. 'We prioritized a persuasive approach to ensure his safety,' said
        the national police's Papua operations chief. New Zealand's foreign minister thanked
        Indonesia and all those involved, saying the country was 'relieved and delighted'. The
        rebel group has waged a low-level insurgency for Papuan independence for decades.
        """),
        "peace",
    ),
]
