"""Negatives of eval/dev63: foiled plots, arrests, trials and sentences for old attacks
(README.md)."""

NEGATIVES = [
    (
        "Police arrest 25 in raids on Reichsbürger group accused of coup plot",
        (
            "About 3,000 police officers raided 130 properties across Germany on Wednesday and "
            "arrested 25 people suspected of belonging to a Reichsbürger group that planned to "
            "storm parliament and overthrow the state. Those arrested included a former member of "
            "parliament who is a judge and a descendant of a princely family who was meant to "
            "become head of state. Federal prosecutors said the group had weapons, had drawn up "
            "lists of politicians and journalists, and had been recruiting former soldiers and "
            "police officers. A retired paratrooper and a serving member of the special forces "
            "were among the suspects. Two arrests were made in Austria and Italy. No attack had "
            'taken place, the interior minister said, but the group was "driven by violent '
            'fantasies of overthrow".'
        ),
        "crime",
    ),
    (
        "FBI foils plot by militia members to kidnap Michigan governor",
        (
            "Federal and state authorities charged 13 men on Thursday over a plot to kidnap the "
            'Democratic governor of Michigan and put her on trial for "treason", in what '
            "prosecutors described as a plan to start a civil war. The men, some linked to a "
            "militia group, had trained with firearms and carried out surveillance of her holiday "
            "home, according to the complaint. An FBI informant had been inside the group for "
            "months."
        ),
        "crime",
    ),
    (
        "Vienna concerts cancelled after police uncover Islamic State-inspired plot",
        (
            "Organisers cancelled three sold-out stadium concerts by an American pop star in "
            "Vienna on Wednesday after Austrian police arrested a 19-year-old who they said "
            "planned to attack fans outside the venue. The man had pledged allegiance to Islamic "
            "State online, and police found chemicals and detonators at his home in Ternitz. The "
            "interior minister said the arrests had prevented a tragedy; no one was hurt."
        ),
        "crime",
    ),
    (
        "Security tightened at Cologne cathedral over New Year's Eve attack threat",
        (
            "Police searched Cologne cathedral with sniffer dogs and visitors had to pass through "
            "security checks on Sunday after a warning of a possible attack by an Islamist group "
            "on New Year's Eve. A 30-year-old Tajik man was taken into preventive custody, and "
            "arrests were made in Austria and Germany. Police said there had been no attack and "
            "no explosives were found."
        ),
        "crime",
    ),
    (
        "Proud Boys leader jailed for 22 years over Capitol attack",
        (
            "A federal judge sentenced the former leader of the Proud Boys to 22 years in prison "
            "on Tuesday for seditious conspiracy over the attack on the Capitol on January 6, "
            "2021, the longest sentence handed down in the case. Prosecutors said he had directed "
            "members of the far-right group to storm the building to keep the former president in "
            "power, even though he was not in Washington that day. The judge applied a terrorism "
            "enhancement to the sentence. In court, the defendant apologised to the police "
            "officers who were injured and said he was not a terrorist. More than 1,100 people "
            "have been charged over the riot, and about 600 have been sentenced so far."
        ),
        "crime",
    ),
    (
        "President pardons about 1,500 people charged over Capitol riot",
        (
            "The president signed pardons on his first day in office for about 1,500 people "
            "charged over the storming of the Capitol on January 6, 2021, and commuted the "
            "sentences of 14 members of the Proud Boys and Oath Keepers. Dozens of people were "
            "released from prison overnight. The chief of the Capitol Police officers' union said "
            'the decision was "a slap in the face" to the officers injured that day.'
        ),
        "politics",
    ),
    (
        "Southport attacker jailed for at least 52 years",
        (
            "The 18-year-old who murdered three girls at a dance class in Southport last July was "
            "sentenced to life in prison with a minimum term of 52 years on Thursday. The judge "
            "said he would probably never be released. He had been removed from the courtroom "
            "after repeatedly shouting. The attacker, who pleaded guilty on the first day of his "
            "trial, had also made the poison ricin and had an al-Qaeda training manual, but "
            "prosecutors said there was no evidence of a political or religious motive, so the "
            "killings could not be treated as terrorism. The prime minister announced a public "
            "inquiry into why warnings about the teenager had been missed. Relatives of the "
            "victims said the sentence brought them no peace."
        ),
        "crime",
    ),
    (
        "Childminder jailed for post calling for hotels to be set on fire",
        (
            "A childminder was jailed for 31 months on Thursday for a post on social media on the "
            "day of the Southport stabbings calling for hotels housing asylum seekers to be set "
            "on fire. She had pleaded guilty to publishing written material intended to stir up "
            "racial hatred. Her post, deleted after a few hours, was viewed 310,000 times. The "
            "judge said she had intended to encourage violence, although no attack was linked to "
            "it."
        ),
        "crime",
    ),
    (
        "Sole surviving Paris attacker gets whole-life sentence",
        (
            "A Paris court sentenced the only surviving member of the group that carried out the "
            "November 2015 attacks to life in prison without parole on Wednesday, at the end of a "
            "ten-month trial. Nineteen other men were convicted of offences ranging from "
            "logistical help to terrorist conspiracy. The attacks on the Bataclan concert hall, "
            "the national stadium and cafés killed 130 people."
        ),
        "crime",
    ),
    (
        "Six convicted of murder over Brussels bombings of 2016",
        (
            "A jury in Brussels found six men guilty on Tuesday of terrorist murder over the "
            "suicide bombings at the airport and a metro station in March 2016, which killed 32 "
            "people. Two defendants were acquitted. The verdict came at the end of a seven-month "
            "trial, the largest in Belgium's history, held in a former NATO headquarters "
            "converted into a courthouse."
        ),
        "crime",
    ),
    (
        "Neo-Nazi given life sentence for murder of Kassel official",
        (
            "A court in Frankfurt sentenced a neo-Nazi to life in prison on Thursday for the "
            "murder of the head of the Kassel regional administration in 2019, shot on the "
            "terrace of his home over his support for refugees. A co-defendant accused of helping "
            "him was acquitted of being an accessory. The victim's family said they were "
            "disappointed that questions about the role of the second man remained open."
        ),
        "crime",
    ),
    (
        "Norway's mass killer denied parole for the second time",
        (
            "A Norwegian court rejected on Wednesday a request for parole by the far-right "
            "extremist who killed 77 people in a bombing in Oslo and a shooting on the island of "
            "Utøya in 2011. The court said there was a clear risk he would return to the violence "
            "that led to his imprisonment. He gave a Nazi salute as he entered the court."
        ),
        "crime",
    ),
    (
        "Trial of man accused of killing Japan's former prime minister opens",
        (
            "The trial of the man accused of shooting dead Japan's former prime minister during "
            "an election campaign speech in Nara in 2022 opened at the Nara district court on "
            "Tuesday, more than three years after the killing. The 45-year-old admitted the "
            "murder charge. His lawyers say he was driven by anger at a religious group to which "
            "his mother had donated about 100 million yen."
        ),
        "crime",
    ),
    (
        "Man who shot Slovak prime minister sentenced to 21 years",
        (
            "A court in Banská Bystrica sentenced a 72-year-old man to 21 years in prison on "
            "Tuesday for a terrorist attack in which he shot the Slovak prime minister five times "
            "in Handlová last year. The defence had argued that he only wanted to injure the "
            "prime minister and should have been tried for causing bodily harm. He is expected to "
            "appeal."
        ),
        "crime",
    ),
    (
        "Solingen festival attacker sentenced to life in prison",
        (
            "A German court sentenced a 27-year-old Syrian to life in prison on Wednesday for a "
            "knife attack that killed three people and wounded eight at a festival in Solingen "
            "last year. The court found him guilty of murder and membership of the Islamic State "
            "terrorist group, and said he could not be considered for release after 15 years. He "
            "had confessed at the start of the trial."
        ),
        "crime",
    ),
    (
        "Manchester Arena bomber's brother jailed for at least 55 years",
        (
            "The younger brother of the suicide bomber who killed 22 people at a concert at "
            "Manchester Arena in May 2017 was sentenced to a minimum of 55 years in prison on "
            "Thursday, the longest minimum term ever handed to someone not given a whole-life "
            "order. The judge said he was equally guilty of the murders because he had helped to "
            "build the bomb. He refused to come to court for the sentencing."
        ),
        "crime",
    ),
    (
        "Men convicted of Wagner-ordered arson at east London warehouse",
        (
            "Five men were convicted at the Old Bailey on Tuesday over an arson attack on a "
            "warehouse in Leyton in March last year, which prosecutors said was ordered by the "
            "Wagner mercenary group because it stored aid and Starlink equipment for Ukraine. The "
            "ringleader had pleaded guilty to an offence under the National Security Act. The "
            "warehouse fire caused about a million pounds of damage and no one was injured."
        ),
        "crime",
    ),
    (
        "Danish police arrest three over suspected plan to attack Jewish targets",
        (
            "Police in Denmark arrested three people on Wednesday and searched several addresses "
            "in Copenhagen and Aarhus on suspicion of preparing a terrorist attack, the security "
            "service said. Investigators believe the group was acting on behalf of a criminal "
            "network hired by a foreign state to target Jewish or Israeli sites. No weapons had "
            "been used, and the threat level was left unchanged."
        ),
        "crime",
    ),
    (
        "Five Iranians arrested in UK counter-terrorism raids",
        (
            "Counter-terrorism officers arrested five Iranian nationals in raids in London, "
            "Swindon, Stockport and Rochdale on Saturday over a suspected plot to attack a "
            "specific target, which media reports said was the Israeli embassy. The home "
            "secretary said it was one of the largest counter-state threat operations in recent "
            "years. Three of the men were later released without charge."
        ),
        "crime",
    ),
    (
        "Man who threw pipe bomb at Japan's prime minister jailed for ten years",
        (
            "A Japanese court sentenced a 25-year-old man to ten years in prison on Wednesday for "
            "throwing a homemade pipe bomb at the prime minister during a campaign event at a "
            "fishing port in Wakayama in 2023. The court said the attack could have caused mass "
            "casualties. The defendant had told investigators he was angry about a rule barring "
            "people under 30 from standing for the upper house."
        ),
        "crime",
    ),
    (
        "Coroner says Wieambilla killers were driven by Christian apocalyptic beliefs",
        (
            "The Queensland coroner found on Thursday that the three people who shot dead two "
            "police officers and a neighbour at a rural property in Wieambilla in December 2022 "
            "were driven by a Christian fundamentalist belief in the end times, and that the "
            "killings were a religiously motivated terrorist attack. The coroner made ten "
            "recommendations, including a review of police training for visiting remote "
            "properties."
        ),
        "crime",
    ),
]
