"""Negatives of eval/dev59: security preparations and the military (README.md)."""

NEGATIVES = [
    (
        "Troops deployed to guard polling stations as vote passes calmly",
        (
            "More than 300,000 police and soldiers were deployed to guard polling stations across "
            "the country on Sunday, and the interior minister said in the evening that voting had "
            "passed without any serious incident. Turnout was 64%, the electoral commission said. "
            "Soldiers escorted ballot boxes to counting centres by truck and helicopter in remote "
            "districts. Results are expected within a week."
        ),
        "military",
    ),
    (
        "Army puts 60,000 troops on standby for election week",
        (
            "The army said on Monday that it had put 60,000 troops on standby to support police "
            "during election week, and that soldiers would escort election materials to remote "
            "areas. The chief of defence staff said the military would remain neutral and warned "
            "politicians not to drag it into their disputes. Leave has been cancelled for all "
            "officers until after the results."
        ),
        "military",
    ),
    (
        "Police rehearse response to polling station attack in drill",
        (
            "Police and emergency services staged a drill in the provincial capital on Saturday "
            "simulating an armed attack on a polling station, with officers playing gunmen and "
            "volunteers playing wounded voters. The exercise was part of preparations for next "
            "month's election, officials said. Residents had been warned in advance that they "
            "would hear blank shots."
        ),
        "military",
    ),
    (
        "Intelligence agency warns of heightened threat before election",
        (
            "The domestic intelligence agency warned on Wednesday that extremist groups could try "
            "to attack campaign events before the federal election, and said it had raised its "
            "threat assessment. No specific plot had been identified, the agency's head said. "
            "Candidates were advised to coordinate their public appearances with police."
        ),
        "military",
    ),
    (
        "Army chief reshuffles commanders ahead of transition",
        (
            "The army chief replaced the commanders of four regional divisions and the head of "
            "the presidential guard on Thursday, weeks before a new president takes office, in "
            "what analysts called a move to guard against any coup attempt. The defence ministry "
            "described the changes as routine rotations. The incoming president's team said it "
            "had been informed in advance. The country has had three coups since independence, "
            "the last one in 2012."
        ),
        "military",
    ),
    (
        "Military parade marks new president's inauguration",
        (
            "Tanks, artillery and marching bands paraded through the capital on Saturday as the "
            "new president was sworn in, and fighter jets flew over the stadium where he took the "
            "oath. Some 20 heads of state attended."
        ),
        "military",
    ),
    (
        "Police receive armoured vehicles and drones before general election",
        (
            "The national police received 40 new armoured vehicles and a fleet of surveillance "
            "drones from the interior ministry on Tuesday, weeks before the general election. The "
            "police chief said the equipment would help secure rallies and the movement of ballot "
            "papers. The opposition questioned the cost of the purchase."
        ),
        "military",
    ),
    (
        "Secret Service expands protection to more candidates",
        (
            "The Secret Service said it would provide protection to two more presidential "
            "candidates from next week, and it has added counter-sniper teams and drones at large "
            "outdoor rallies. The agency's director told a congressional committee it had "
            "recruited several hundred new officers. Candidates will be asked to hold more events "
            "indoors. The changes follow a review ordered after an attempt on a candidate's life "
            "last year."
        ),
        "military",
    ),
    (
        "Navy and coast guard patrol islands for vote in remote archipelago",
        (
            "Navy ships and coast guard boats carried ballot papers and election staff to 120 "
            "inhabited islands on Friday ahead of Sunday's vote, the election authority said. "
            "Sailors will bring the sealed ballot boxes back to the provincial capital for "
            "counting."
        ),
        "military",
    ),
    (
        "Defence budget battle splits coalition before election",
        (
            "A row over whether to raise defence spending to 3% of economic output split the "
            "governing coalition on Monday, weeks before the election, as the finance minister "
            "refused to borrow more. The defence minister said the armed forces could not wait. "
            "Opposition parties have made the army's readiness a campaign theme."
        ),
        "military",
    ),
    (
        "Soldiers withdraw to barracks as junta hands over to elected president",
        (
            "Soldiers who had guarded ministries since the coup two years ago withdrew to their "
            "barracks on Monday as the military council handed power to the newly elected "
            "president at a ceremony in the capital. The former junta leader said the army would "
            "return to its constitutional role. Regional leaders attended the handover."
        ),
        "military",
    ),
]
